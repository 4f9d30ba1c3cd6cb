package org.techsov.core.stats;

/**
 * Direct solution of small dense linear systems (a handful of unknowns, as in normal equations of
 * curve fits). Gaussian elimination with partial pivoting; inputs are never modified.
 */
public final class DenseSolver {
  private DenseSolver() {}

  /**
   * Solves {@code a x = b}, or returns {@code null} when {@code a} is singular to working precision
   * (a pivot smaller than {@code 1e-14} times the largest absolute entry of {@code a}).
   */
  public static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    double scale = 0;
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
      for (int j = 0; j < n; j++) {
        scale = Math.max(scale, Math.abs(a[i][j]));
      }
    }
    if (scale == 0 || !Double.isFinite(scale)) {
      return null;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(m[pivot][col]) <= 1e-14 * scale) {
        return null;
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int j = i + 1; j < n; j++) {
        s -= m[i][j] * x[j];
      }
      x[i] = s / m[i][i];
    }
    return x;
  }

  /** The inverse of {@code a}, or {@code null} when it is singular (see {@link #solve}). */
  public static double[][] invert(double[][] a) {
    int n = a.length;
    double[][] inv = new double[n][n];
    for (int col = 0; col < n; col++) {
      double[] e = new double[n];
      e[col] = 1;
      double[] x = solve(a, e);
      if (x == null) {
        return null;
      }
      for (int row = 0; row < n; row++) {
        inv[row][col] = x[row];
      }
    }
    return inv;
  }
}
