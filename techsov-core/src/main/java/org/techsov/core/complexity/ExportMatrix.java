package org.techsov.core.complexity;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.techsov.core.error.TechsovException;

/**
 * One year of export values as a dense country x product matrix.
 *
 * <p>Values are non-negative and finite, in any one currency unit (current US dollars in techsov's
 * own data); a cell the data does not report is 0. Storage is row-major: the value of country
 * {@code c} and product {@code p} is {@code values[c * products.size() + p]}. Labels are free text
 * (ISO codes, HS codes, or anything a user supplies) and must be unique on each axis. Rows and
 * columns whose total is 0 are allowed: the computation drops them and reports them.
 *
 * <p>The array is taken as given, not copied, so that a 200 x 5000 matrix is not held twice;
 * callers must not change it afterwards. Build one from long-format rows with {@link #builder}.
 *
 * @param year calendar year the values belong to
 * @param countries row labels, in row order
 * @param products column labels, in column order
 * @param values row-major export values, length {@code countries.size() * products.size()}
 */
public record ExportMatrix(
    int year, List<String> countries, List<String> products, double[] values) {

  public ExportMatrix {
    countries = List.copyOf(countries);
    products = List.copyOf(products);
    Objects.requireNonNull(values, "values");
    requireUnique("country", countries);
    requireUnique("product", products);
    if ((long) countries.size() * products.size() != values.length) {
      throw TechsovException.invalidArgument(
          "export matrix of "
              + countries.size()
              + " countries x "
              + products.size()
              + " products needs "
              + (long) countries.size() * products.size()
              + " values, got "
              + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
        throw TechsovException.invalidArgument(
            "export value of "
                + countries.get(i / products.size())
                + " / "
                + products.get(i % products.size())
                + " in "
                + year
                + " must be finite and >= 0, got "
                + values[i]);
      }
    }
  }

  /** A builder collecting {@code (country, product, value)} cells of one year. */
  public static ExportMatrixBuilder builder(int year) {
    return new ExportMatrixBuilder(year);
  }

  /** The number of countries (rows). */
  public int countryCount() {
    return countries.size();
  }

  /** The number of products (columns). */
  public int productCount() {
    return products.size();
  }

  /** The export value of country row {@code c} and product column {@code p}. */
  public double value(int c, int p) {
    return values[c * products.size() + p];
  }

  private static void requireUnique(String axis, List<String> labels) {
    HashSet<String> seen = new HashSet<>();
    for (String label : labels) {
      if (label == null || !seen.add(label)) {
        throw TechsovException.invalidArgument(
            "export matrix " + axis + " labels must be unique and non-null: '" + label + "'");
      }
    }
  }
}
