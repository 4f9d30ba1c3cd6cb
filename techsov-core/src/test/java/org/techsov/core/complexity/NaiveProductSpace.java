package org.techsov.core.complexity;

/**
 * The product-space formulas written out densely, as the references compute them (P x P proximity,
 * then matrix products), with techsov's answers where they divide by zero. Used to check the fast
 * computation differentially.
 */
final class NaiveProductSpace {
  final double[][] phi;
  final double[] rowSum;
  private final boolean[][] m;

  NaiveProductSpace(ComplexityResult r, ProximityKind kind, double diagonal) {
    int nc = r.countries().size();
    int np = r.products().size();
    m = new boolean[nc][np];
    double[][] level = new double[nc][np];
    for (int c = 0; c < nc; c++) {
      for (int p = 0; p < np; p++) {
        m[c][p] = r.mcp(c, p);
        level[c][p] = r.rca(c, p);
      }
    }
    phi = new double[np][np];
    rowSum = new double[np];
    for (int p = 0; p < np; p++) {
      for (int q = 0; q < np; q++) {
        phi[p][q] = p == q ? diagonal : proximity(kind, level, p, q, r);
        rowSum[p] += phi[p][q];
      }
    }
  }

  private double proximity(ProximityKind kind, double[][] level, int p, int q, ComplexityResult r) {
    if (kind == ProximityKind.CONTINUOUS) {
      return (1 + correlation(level, p, q)) / 2;
    }
    int co = 0;
    for (boolean[] row : m) {
      co += row[p] && row[q] ? 1 : 0;
    }
    int divisor =
        kind == ProximityKind.SYMMETRIC ? Math.max(r.ubiquity(p), r.ubiquity(q)) : r.ubiquity(p);
    return co == 0 ? 0.0 : co / (double) divisor;
  }

  private static double correlation(double[][] x, int p, int q) {
    double[] a = new double[x.length];
    double[] b = new double[x.length];
    for (int c = 0; c < x.length; c++) {
      a[c] = x[c][p];
      b[c] = x[c][q];
    }
    return Stats.correlation(a, b);
  }

  /** {@code sum_q level_cq phi_pq / S_p}, 0 where {@code S_p = 0}. */
  double density(double[][] level, int c, int p) {
    if (rowSum[p] == 0) {
      return 0.0;
    }
    double s = 0;
    for (int q = 0; q < phi.length; q++) {
      s += level[c][q] * phi[p][q];
    }
    return s / rowSum[p];
  }

  /** {@code (1 - M_cp) sum_q (1 - M_cq) phi_qp v_q / S_q}. */
  double gain(double[] v, int c, int p) {
    if (m[c][p]) {
      return 0.0;
    }
    double s = 0;
    for (int q = 0; q < phi.length; q++) {
      if (!m[c][q] && rowSum[q] != 0 && !Double.isNaN(v[q])) {
        s += phi[q][p] * v[q] / rowSum[q];
      }
    }
    return s;
  }

  double[][] presenceLevels() {
    double[][] out = new double[m.length][];
    for (int c = 0; c < m.length; c++) {
      out[c] = new double[m[c].length];
      for (int p = 0; p < m[c].length; p++) {
        out[c][p] = m[c][p] ? 1.0 : 0.0;
      }
    }
    return out;
  }
}
