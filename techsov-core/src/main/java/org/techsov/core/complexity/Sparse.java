package org.techsov.core.complexity;

/** Products of the presence matrix with vectors; entries of degree 0 come out NaN. */
final class Sparse {
  private Sparse() {}

  /** {@code (M y)_c / diversity_c}. */
  static double[] rowMeans(Presence m, double[] y) {
    double[] out = rowSums(m, y);
    for (int c = 0; c < m.countries; c++) {
      out[c] = m.diversity[c] > 0 ? out[c] / m.diversity[c] : Double.NaN;
    }
    return out;
  }

  /** {@code (M^T x)_p / ubiquity_p}. */
  static double[] columnMeans(Presence m, double[] x) {
    double[] out = columnSums(m, x);
    for (int p = 0; p < m.products; p++) {
      out[p] = m.ubiquity[p] > 0 ? out[p] / m.ubiquity[p] : Double.NaN;
    }
    return out;
  }

  /** {@code (M y)_c}, NaN for countries of diversity 0. */
  static double[] rowSums(Presence m, double[] y) {
    double[] out = new double[m.countries];
    for (int c = 0; c < m.countries; c++) {
      double s = 0.0;
      for (int p : m.productsOf[c]) {
        s += y[p];
      }
      out[c] = m.diversity[c] > 0 ? s : Double.NaN;
    }
    return out;
  }

  /** {@code (M^T x)_p}, NaN for products of ubiquity 0. */
  static double[] columnSums(Presence m, double[] x) {
    double[] out = new double[m.products];
    for (int p = 0; p < m.products; p++) {
      double s = 0.0;
      for (int c : m.exportersOf[p]) {
        s += x[c];
      }
      out[p] = m.ubiquity[p] > 0 ? s : Double.NaN;
    }
    return out;
  }
}
