package org.techsov.core.complexity;

import java.util.stream.IntStream;

/** Dense row-major matrix products, parallel over output rows (so thread count never matters). */
final class DenseProducts {
  private DenseProducts() {}

  /** {@code a b^T} for {@code a} and {@code b} both {@code n x k}: an {@code n x n} result. */
  static double[] timesTranspose(double[] a, double[] b, int n, int k) {
    double[] out = new double[n * n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int t = 0; t < k; t++) {
                  s += a[i * k + t] * b[j * k + t];
                }
                out[i * n + j] = s;
              }
            });
    return out;
  }

  /**
   * {@code g b} for {@code g} {@code n x n} and {@code b} {@code n x k}: an {@code n x k} result.
   */
  static double[] times(double[] g, double[] b, int n, int k) {
    double[] out = new double[n * k];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              for (int j = 0; j < n; j++) {
                double f = g[i * n + j];
                if (f != 0.0) {
                  for (int t = 0; t < k; t++) {
                    out[i * k + t] += f * b[j * k + t];
                  }
                }
              }
            });
    return out;
  }
}
