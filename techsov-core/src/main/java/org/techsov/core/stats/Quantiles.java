package org.techsov.core.stats;

import java.util.Arrays;

/** Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7). */
public final class Quantiles {
  private Quantiles() {}

  /**
   * The {@code p}-quantile of {@code values}, ignoring NaN entries.
   *
   * @param p probability in [0, 1], e.g. 0.1 for P10
   * @return the quantile, or NaN when no value is a number
   */
  public static double of(double[] values, double p) {
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    return ofSorted(sorted, p);
  }

  /** As {@link #of} for values already sorted ascending and free of NaN. */
  public static double ofSorted(double[] sorted, double p) {
    if (p < 0 || p > 1 || Double.isNaN(p)) {
      throw new IllegalArgumentException("probability outside [0, 1]: " + p);
    }
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
