package org.techsov.core.stats;

/**
 * The Gauss-Newton normal equations {@code J'J delta = -J'r} at one point of a Levenberg-Marquardt
 * search, ready to be damped by successive lambdas. Parameters held at a bound by a gradient
 * pointing outwards are frozen (their step is zero), so the others can still move.
 */
final class DampedStep {
  private final double[][] jtj;
  private final double[] gradient;
  private final boolean[] frozen;
  private final double[] x;
  private final Bounds bounds;

  DampedStep(double[][] jac, double[] r, double[] x, Bounds bounds) {
    int k = x.length;
    this.x = x;
    this.bounds = bounds;
    jtj = new double[k][k];
    gradient = new double[k];
    for (int i = 0; i < jac.length; i++) {
      for (int a = 0; a < k; a++) {
        gradient[a] += jac[i][a] * r[i];
        for (int b = 0; b < k; b++) {
          jtj[a][b] += jac[i][a] * jac[i][b];
        }
      }
    }
    frozen = new boolean[k];
    for (int j = 0; j < k; j++) {
      // the descent direction is -gradient; freeze a parameter it would push through its bound
      boolean atLower = x[j] <= bounds.lowerAt(j) && gradient[j] > 0;
      boolean atUpper = x[j] >= bounds.upperAt(j) && gradient[j] < 0;
      frozen[j] = atLower || atUpper;
    }
  }

  double[] propose(double lambda) {
    int k = x.length;
    double[][] m = new double[k][k];
    double[] rhs = new double[k];
    for (int a = 0; a < k; a++) {
      if (frozen[a]) {
        m[a][a] = 1;
        continue;
      }
      for (int b = 0; b < k; b++) {
        m[a][b] = frozen[b] ? 0 : jtj[a][b];
      }
      m[a][a] += lambda * Math.max(jtj[a][a], 1e-12);
      rhs[a] = -gradient[a];
    }
    double[] delta = DenseSolver.solve(m, rhs);
    if (delta == null) {
      return null;
    }
    double[] next = new double[k];
    for (int j = 0; j < k; j++) {
      next[j] = x[j] + delta[j];
    }
    return bounds.clamp(next);
  }
}
