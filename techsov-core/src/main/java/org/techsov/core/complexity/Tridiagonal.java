package org.techsov.core.complexity;

/** The two stages of {@link SymmetricEigen}, kept apart so each reads on its own. */
final class Tridiagonal {
  private static final double EPS = Math.ulp(1.0);

  private Tridiagonal() {}

  /**
   * Householder reduction of the symmetric matrix in {@code v} to tridiagonal form: on return
   * {@code d} holds the diagonal, {@code e[1..n-1]} the sub-diagonal and {@code v} the orthogonal
   * transformation.
   */
  static void reduce(double[][] v, double[] d, double[] e) {
    int n = d.length;
    for (int j = 0; j < n; j++) {
      d[j] = v[n - 1][j];
    }
    for (int i = n - 1; i > 0; i--) {
      double scale = 0.0;
      double h = 0.0;
      for (int k = 0; k < i; k++) {
        scale += Math.abs(d[k]);
      }
      if (scale == 0.0) {
        e[i] = d[i - 1];
        for (int j = 0; j < i; j++) {
          d[j] = v[i - 1][j];
          v[i][j] = 0.0;
          v[j][i] = 0.0;
        }
      } else {
        h = householder(v, d, e, i, scale);
      }
      d[i] = h;
    }
    accumulate(v, d);
    e[0] = 0.0;
  }

  private static double householder(double[][] v, double[] d, double[] e, int i, double scale) {
    double h = 0.0;
    for (int k = 0; k < i; k++) {
      d[k] /= scale;
      h += d[k] * d[k];
    }
    double f = d[i - 1];
    double g = Math.sqrt(h);
    if (f > 0) {
      g = -g;
    }
    e[i] = scale * g;
    h -= f * g;
    d[i - 1] = f - g;
    for (int j = 0; j < i; j++) {
      e[j] = 0.0;
    }
    for (int j = 0; j < i; j++) {
      f = d[j];
      v[j][i] = f;
      g = e[j] + v[j][j] * f;
      for (int k = j + 1; k <= i - 1; k++) {
        g += v[k][j] * d[k];
        e[k] += v[k][j] * f;
      }
      e[j] = g;
    }
    f = 0.0;
    for (int j = 0; j < i; j++) {
      e[j] /= h;
      f += e[j] * d[j];
    }
    double hh = f / (h + h);
    for (int j = 0; j < i; j++) {
      e[j] -= hh * d[j];
    }
    for (int j = 0; j < i; j++) {
      f = d[j];
      g = e[j];
      for (int k = j; k <= i - 1; k++) {
        v[k][j] -= (f * e[k] + g * d[k]);
      }
      d[j] = v[i - 1][j];
      v[i][j] = 0.0;
    }
    return h;
  }

  private static void accumulate(double[][] v, double[] d) {
    int n = d.length;
    for (int i = 0; i < n - 1; i++) {
      v[n - 1][i] = v[i][i];
      v[i][i] = 1.0;
      double h = d[i + 1];
      if (h != 0.0) {
        for (int k = 0; k <= i; k++) {
          d[k] = v[k][i + 1] / h;
        }
        for (int j = 0; j <= i; j++) {
          double g = 0.0;
          for (int k = 0; k <= i; k++) {
            g += v[k][i + 1] * v[k][j];
          }
          for (int k = 0; k <= i; k++) {
            v[k][j] -= g * d[k];
          }
        }
      }
      for (int k = 0; k <= i; k++) {
        v[k][i + 1] = 0.0;
      }
    }
    for (int j = 0; j < n; j++) {
      d[j] = v[n - 1][j];
      v[n - 1][j] = 0.0;
    }
    v[n - 1][n - 1] = 1.0;
  }

  /**
   * Implicit QL iterations on the tridiagonal matrix ({@code d}, {@code e}), applying the rotations
   * to {@code v}; on return {@code d} holds the eigenvalues (unsorted).
   */
  static void diagonalise(double[][] v, double[] d, double[] e) {
    int n = d.length;
    for (int i = 1; i < n; i++) {
      e[i - 1] = e[i];
    }
    e[n - 1] = 0.0;
    double shift = 0.0;
    double tst1 = 0.0;
    for (int l = 0; l < n; l++) {
      tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
      int m = l;
      while (m < n - 1 && Math.abs(e[m]) > EPS * tst1) {
        m++;
      }
      if (m > l) {
        do {
          shift += qlStep(v, d, e, l, m);
        } while (Math.abs(e[l]) > EPS * tst1);
      }
      d[l] += shift;
      e[l] = 0.0;
    }
  }

  private static double qlStep(double[][] v, double[] d, double[] e, int l, int m) {
    int n = d.length;
    double g = d[l];
    double p = (d[l + 1] - g) / (2.0 * e[l]);
    double r = Math.hypot(p, 1.0);
    if (p < 0) {
      r = -r;
    }
    d[l] = e[l] / (p + r);
    d[l + 1] = e[l] * (p + r);
    double dl1 = d[l + 1];
    double h = g - d[l];
    for (int i = l + 2; i < n; i++) {
      d[i] -= h;
    }
    p = d[m];
    double c = 1.0;
    double c2 = c;
    double c3 = c;
    double el1 = e[l + 1];
    double s = 0.0;
    double s2 = 0.0;
    for (int i = m - 1; i >= l; i--) {
      c3 = c2;
      c2 = c;
      s2 = s;
      g = c * e[i];
      double hc = c * p;
      r = Math.hypot(p, e[i]);
      e[i + 1] = s * r;
      s = e[i] / r;
      c = p / r;
      p = c * d[i] - s * g;
      d[i + 1] = hc + s * (c * g + s * d[i]);
      for (double[] row : v) {
        double t = row[i + 1];
        row[i + 1] = s * row[i] + c * t;
        row[i] = c * row[i] - s * t;
      }
    }
    p = -s * s2 * c3 * el1 * e[l] / dl1;
    e[l] = s * p;
    d[l] = c * p;
    return h;
  }
}
