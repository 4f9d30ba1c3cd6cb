package org.techsov.core.complexity;

/** Percentile and ordinal ranks for {@link FeasibilityRanking}; NaN entries are unknown. */
final class PercentileRanks {
  private PercentileRanks() {}

  /**
   * Mid-rank percentile of each entry among the known ones: {@code (below + (equal - 1) / 2) / (n -
   * 1)}, in [0, 1]; 1 when it is the only known entry; NaN when unknown.
   */
  static double[] of(double[] x) {
    int known = Stats.count(x);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        out[i] = Double.NaN;
        continue;
      }
      int below = 0;
      int equal = 0;
      for (double v : x) {
        below += v < x[i] ? 1 : 0;
        equal += v == x[i] ? 1 : 0;
      }
      out[i] = known == 1 ? 1.0 : (below + (equal - 1) / 2.0) / (known - 1);
    }
    return out;
  }

  /** Per entry, the mean of the known percentiles of the given measures (NaN if none known). */
  static double[] mean(double[]... measures) {
    int n = measures[0].length;
    double[] sum = new double[n];
    int[] count = new int[n];
    for (double[] m : measures) {
      double[] pct = of(m);
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(pct[i])) {
          sum[i] += pct[i];
          count[i]++;
        }
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
    }
    return out;
  }

  /** 1 for the largest value, 2 for the next...; ties share the better rank. */
  static int[] ordinal(double[] x) {
    int[] out = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      int above = 0;
      for (double v : x) {
        above += v > x[i] ? 1 : 0;
      }
      out[i] = above + 1;
    }
    return out;
  }
}
