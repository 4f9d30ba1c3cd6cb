package org.techsov.core.complexity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.error.TechsovException;

/**
 * Collects long-format cells {@code (country, product, value)} of one year into an {@link
 * ExportMatrix}. Labels are sorted (code-point order), as the reference implementations sort them,
 * so the same cells give the same matrix whatever order they arrive in. Cells that are not added
 * are 0. A cell added twice is an error: duplicates in trade data usually mean two sources were
 * mixed, and neither summing nor keeping one is safe to do silently.
 *
 * <p>Cells are held in primitive arrays with labels interned to integer ids, so that a year of
 * hundreds of thousands of cells costs no object per cell.
 */
public final class ExportMatrixBuilder {
  private final int year;
  private final Labels countries = new Labels();
  private final Labels products = new Labels();
  private final CellIndex index = new CellIndex();
  private int[] cellCountry = new int[1024];
  private int[] cellProduct = new int[1024];
  private double[] cellValue = new double[1024];
  private int size;

  ExportMatrixBuilder(int year) {
    this.year = year;
  }

  /**
   * Adds one cell.
   *
   * @param value export value, finite and {@code >= 0}
   * @return this builder
   * @throws TechsovException for a null label, an invalid value or a cell added before
   */
  public ExportMatrixBuilder add(String country, String product, double value) {
    int earlier = addCell(country, product, value);
    if (earlier >= 0) {
      throw TechsovException.invalidArgument(
          "duplicate export value for " + country + " / " + product + " in " + year);
    }
    return this;
  }

  /**
   * Adds one cell unless the same country and product were added before, for readers that report
   * duplicates with their own positions (line numbers): cells are numbered from 0 in the order they
   * were accepted.
   *
   * @param value export value, finite and {@code >= 0}
   * @return -1 when the cell was added, else the number of the earlier cell with the same labels
   *     (this one is then not added)
   * @throws TechsovException for a null label or an invalid value
   */
  public int addCell(String country, String product, double value) {
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
              + " must be finite and >= 0, got "
              + value);
    }
    int c = countries.id(country);
    int p = products.id(product);
    int earlier = index.putIfAbsent(((long) c << 32) | p, size);
    if (earlier >= 0) {
      return earlier;
    }
    if (size == cellValue.length) {
      int n = size * 2;
      cellCountry = Arrays.copyOf(cellCountry, n);
      cellProduct = Arrays.copyOf(cellProduct, n);
      cellValue = Arrays.copyOf(cellValue, n);
    }
    cellCountry[size] = c;
    cellProduct[size] = p;
    cellValue[size] = value;
    size++;
    return -1;
  }

  /** The number of cells added so far. */
  public int cellCount() {
    return size;
  }

  /** The matrix of the cells added so far; countries and products in sorted order. */
  public ExportMatrix build() {
    int[] row = countries.sortedPositions();
    int[] column = products.sortedPositions();
    int width = products.labels.size();
    double[] values = new double[countries.labels.size() * width];
    for (int i = 0; i < size; i++) {
      values[row[cellCountry[i]] * width + column[cellProduct[i]]] = cellValue[i];
    }
    return new ExportMatrix(year, countries.sorted(), products.sorted(), values);
  }

  /** Labels interned to ids in order of first appearance; the last label is cached. */
  private static final class Labels {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> labels = new ArrayList<>();
    String last;
    int lastId = -1;

    int id(String label) {
      if (label.equals(last)) {
        return lastId;
      }
      Integer id = ids.get(label);
      if (id == null) {
        id = labels.size();
        ids.put(label, id);
        labels.add(label);
      }
      last = label;
      lastId = id;
      return id;
    }

    List<String> sorted() {
      List<String> out = new ArrayList<>(labels);
      out.sort(Comparator.naturalOrder());
      return out;
    }

    /** For each id, its position in {@link #sorted()}. */
    int[] sortedPositions() {
      List<String> sorted = sorted();
      int[] out = new int[labels.size()];
      for (int i = 0; i < sorted.size(); i++) {
        out[ids.get(sorted.get(i))] = i;
      }
      return out;
    }
  }
}
