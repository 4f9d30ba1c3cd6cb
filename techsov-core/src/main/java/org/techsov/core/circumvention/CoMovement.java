package org.techsov.core.circumvention;

/**
 * Whether a hub's imports from the bloc and its exports to the target move together: the Pearson
 * correlation of the two monthly series with the exports shifted by {@code lag} months (positive:
 * exports follow imports), the best lag within {@code [-maxLag, maxLag]}.
 *
 * @param correlation the correlation at the best lag, NaN when the series are too short or flat
 * @param lag the best lag in months
 */
public record CoMovement(double correlation, int lag) {
  public static final CoMovement NONE = new CoMovement(Double.NaN, 0);

  /** Fewer overlapping months than this give no correlation. */
  static final int MIN_MONTHS = 6;

  public static CoMovement best(double[] imports, double[] exports, int maxLag) {
    CoMovement best = NONE;
    for (int lag = -maxLag; lag <= maxLag; lag++) {
      double c = correlation(imports, exports, lag);
      if (!Double.isNaN(c) && (Double.isNaN(best.correlation) || c > best.correlation)) {
        best = new CoMovement(c, lag);
      }
    }
    return best;
  }

  /** Correlation of {@code a[t]} with {@code b[t + lag]} over the months both exist. */
  static double correlation(double[] a, double[] b, int lag) {
    int from = Math.max(0, -lag);
    int to = Math.min(a.length, b.length - lag);
    int n = to - from;
    if (n < MIN_MONTHS) {
      return Double.NaN;
    }
    double ma = 0;
    double mb = 0;
    for (int t = from; t < to; t++) {
      ma += a[t];
      mb += b[t + lag];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int t = from; t < to; t++) {
      double da = a[t] - ma;
      double db = b[t + lag] - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
  }
}
