package org.techsov.core.stats;

/**
 * Information criteria for least-squares fits with Gaussian errors, used to choose between curve
 * families fitted to the same observations on the same scale.
 */
public final class InformationCriteria {
  private InformationCriteria() {}

  /**
   * The small-sample corrected Akaike criterion (Hurvich and Tsai 1989) of a least-squares fit:
   * {@code AIC = n ln(SSE/n) + 2K} and {@code AICc = AIC + 2K(K+1)/(n-K-1)}, where {@code K = k +
   * 1} counts the error variance as a parameter. Lower is better; only differences between fits to
   * the same data mean anything.
   *
   * @param n number of observations
   * @param k number of fitted curve parameters
   * @param sse residual sum of squares
   * @return the criterion, or positive infinity when {@code n <= k + 2} (the correction is
   *     undefined: too few points to compare)
   */
  public static double aicc(int n, int k, double sse) {
    int kk = k + 1;
    if (n - kk - 1 <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    // a perfect fit would give ln(0); floor it so that exact fits compare by their parameter count
    double variance = Math.max(sse / n, Double.MIN_NORMAL);
    double aic = n * Math.log(variance) + 2.0 * kk;
    return aic + 2.0 * kk * (kk + 1) / (n - kk - 1);
  }

  /** The fewest observations for which {@link #aicc} is finite with {@code k} parameters. */
  public static int minimumObservations(int k) {
    return k + 3;
  }

  /**
   * Akaike weights {@code w_i = exp(-d_i/2) / sum_j exp(-d_j/2)} with {@code d_i = c_i - min c}:
   * the relative support for each model. Infinite criteria get weight 0.
   */
  public static double[] weights(double[] criteria) {
    double min = Double.POSITIVE_INFINITY;
    for (double c : criteria) {
      min = Math.min(min, c);
    }
    double[] w = new double[criteria.length];
    if (!Double.isFinite(min)) {
      return w;
    }
    double sum = 0;
    for (int i = 0; i < criteria.length; i++) {
      w[i] = Double.isFinite(criteria[i]) ? Math.exp(-(criteria[i] - min) / 2) : 0;
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
    return w;
  }
}
