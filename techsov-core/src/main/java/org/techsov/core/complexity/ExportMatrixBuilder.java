package org.techsov.core.complexity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.techsov.core.error.TechsovException;

/**
 * Collects long-format cells {@code (country, product, value)} of one year into an {@link
 * ExportMatrix}. Labels are sorted (code-point order), as the reference implementations sort them,
 * so the same cells give the same matrix whatever order they arrive in. Cells that are not added
 * are 0. A cell added twice is an error: duplicates in trade data usually mean two sources were
 * mixed, and neither summing nor keeping one is safe to do silently.
 */
public final class ExportMatrixBuilder {
  private final int year;
  private final Map<String, Map<String, Double>> cells = new HashMap<>();
  private final TreeSet<String> products = new TreeSet<>();

  ExportMatrixBuilder(int year) {
    this.year = year;
  }

  /**
   * Adds one cell.
   *
   * @param value export value, finite and {@code >= 0}
   * @return this builder
   */
  public ExportMatrixBuilder add(String country, String product, double value) {
    if (country == null || product == null) {
      throw TechsovException.invalidArgument("country and product labels must not be null");
    }
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw TechsovException.invalidArgument(
          "export value of "
              + country
              + " / "
              + product
              + " in "
              + year
              + " must be finite"
              + " and >= 0, got "
              + value);
    }
    Double old = cells.computeIfAbsent(country, k -> new HashMap<>()).put(product, value);
    if (old != null) {
      throw TechsovException.invalidArgument(
          "duplicate export value for " + country + " / " + product + " in " + year);
    }
    products.add(product);
    return this;
  }

  /** The matrix of the cells added so far; countries and products in sorted order. */
  public ExportMatrix build() {
    List<String> countryLabels = new ArrayList<>(new TreeSet<>(cells.keySet()));
    List<String> productLabels = new ArrayList<>(products);
    Map<String, Integer> column = new HashMap<>();
    for (int p = 0; p < productLabels.size(); p++) {
      column.put(productLabels.get(p), p);
    }
    int width = productLabels.size();
    double[] values = new double[countryLabels.size() * width];
    for (int c = 0; c < countryLabels.size(); c++) {
      for (Map.Entry<String, Double> e : cells.get(countryLabels.get(c)).entrySet()) {
        values[c * width + column.get(e.getKey())] = e.getValue();
      }
    }
    return new ExportMatrix(year, countryLabels, productLabels, values);
  }
}
