package org.techsov.core.circumvention;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini-Hochberg q-values: scanning many routes tests many hypotheses, and a route is called
 * significant when its q-value, the smallest false discovery rate at which it would be rejected, is
 * at most the level chosen. {@code q_(i) = min_{j >= i} p_(j) m / j} over the p-values sorted
 * ascending; undefined p-values (NaN) count as 1.
 */
public final class FalseDiscovery {
  private FalseDiscovery() {}

  public static double[] qValues(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> value(p[i])));
    double[] q = new double[m];
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, value(p[i]) * m / rank);
      q[i] = running;
    }
    return q;
  }

  private static double value(double p) {
    return Double.isNaN(p) ? 1 : p;
  }
}
