package org.techsov.core.complexity;

/**
 * Sums in the order NumPy uses for a contiguous reduction (pairwise, with eight accumulators in
 * blocks of up to 128 values). RCA is a ratio of such sums; summing in the reference's order makes
 * RCA bit-for-bit equal to it, so that a value exactly at the threshold falls on the same side.
 */
final class PairwiseSum {
  private static final int BLOCK = 128;

  private PairwiseSum() {}

  /** The sum of {@code n} values {@code a[from], a[from + stride], ...}. */
  static double sum(double[] a, int from, int n, int stride) {
    if (n < 8) {
      double res = 0.0;
      for (int i = 0; i < n; i++) {
        res += a[from + i * stride];
      }
      return res;
    }
    if (n <= BLOCK) {
      return block(a, from, n, stride);
    }
    int half = n / 2;
    half -= half % 8;
    return sum(a, from, half, stride) + sum(a, from + half * stride, n - half, stride);
  }

  private static double block(double[] a, int from, int n, int stride) {
    double[] r = new double[8];
    for (int j = 0; j < 8; j++) {
      r[j] = a[from + j * stride];
    }
    int i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (int j = 0; j < 8; j++) {
        r[j] += a[from + (i + j) * stride];
      }
    }
    double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; i++) {
      res += a[from + i * stride];
    }
    return res;
  }
}
