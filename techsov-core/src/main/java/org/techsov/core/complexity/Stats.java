package org.techsov.core.complexity;

/** Means, sds and correlations over the non-NaN entries of a vector. */
final class Stats {
  private Stats() {}

  static double mean(double[] x) {
    double s = 0.0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** The sum of squared deviations from {@code mean}. */
  static double squares(double[] x, double mean) {
    double s = 0.0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += (v - mean) * (v - mean);
      }
    }
    return s;
  }

  static int count(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** Population sd (divisor n). */
  static double populationSd(double[] x) {
    return Math.sqrt(squares(x, mean(x)) / count(x));
  }

  /** Sample sd (divisor n - 1). */
  static double sampleSd(double[] x) {
    return Math.sqrt(squares(x, mean(x)) / (count(x) - 1));
  }

  /**
   * The sample sd of the long-format column in which each entry of {@code x} is repeated {@code
   * times} times (Stata's {@code summarize} over country x product rows).
   */
  static double longFormatSd(double[] x, int times) {
    double n = (double) count(x) * times;
    return Math.sqrt(squares(x, mean(x)) * times / (n - 1));
  }

  /** Pearson correlation over the entries where both are defined; NaN when undefined. */
  static double correlation(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        mx += x[i];
        my += y[i];
        n++;
      }
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
      }
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** {@code (x - center) / scale}, NaN entries kept. */
  static double[] standardise(double[] x, double center, double scale) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (x[i] - center) / scale;
    }
    return out;
  }

  static double[] scale(double[] x, double factor) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] * factor;
    }
    return out;
  }
}
