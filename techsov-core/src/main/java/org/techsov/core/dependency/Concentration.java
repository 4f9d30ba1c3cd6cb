package org.techsov.core.dependency;

/**
 * Supplier-concentration measures over the values bought from each supplier.
 *
 * <p>Shares are on a 0-1 scale. The Herfindahl-Hirschman index is {@code HHI = sum(s_j^2)}; it lies
 * in {@code [1/n, 1]} for {@code n} suppliers with positive value, equals 1 for a single supplier
 * and {@code 1/n} for {@code n} equal suppliers. Its inverse is the equivalent number of
 * equal-sized suppliers.
 */
public final class Concentration {
  private Concentration() {}

  /** The shares of each value in the total; all zeros when the total is zero. */
  public static double[] shares(double[] values) {
    double total = sum(values);
    double[] s = new double[values.length];
    if (total > 0) {
      for (int i = 0; i < values.length; i++) {
        s[i] = values[i] / total;
      }
    }
    return s;
  }

  /** HHI of the suppliers' values, or {@link Double#NaN} when the total is zero. */
  public static double hhi(double[] values) {
    double total = sum(values);
    if (!(total > 0)) {
      return Double.NaN;
    }
    double h = 0;
    for (double v : values) {
      double s = v / total;
      h += s * s;
    }
    return h;
  }

  /** The equivalent number of equal suppliers, {@code 1/HHI}; NaN when HHI is NaN or zero. */
  public static double equivalentSuppliers(double hhi) {
    return hhi > 0 ? 1.0 / hhi : Double.NaN;
  }

  private static double sum(double[] values) {
    double t = 0;
    for (double v : values) {
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException("values must be finite and >= 0: " + v);
      }
      t += v;
    }
    return t;
  }
}
