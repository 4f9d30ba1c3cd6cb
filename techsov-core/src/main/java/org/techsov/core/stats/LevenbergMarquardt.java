package org.techsov.core.stats;

/**
 * Levenberg-Marquardt minimisation of a sum of squared residuals under box constraints.
 *
 * <p>Each iteration solves {@code (J'J + lambda diag(J'J)) delta = -J'r} (Marquardt's scaling, so
 * parameters of very different sizes such as a market of 10^8 and an innovation rate of 0.01 are
 * treated alike), projects the step onto the bounds and accepts it only if the sum of squares
 * falls. Parameters held at a bound by a gradient pointing outwards are frozen for that iteration,
 * so the others still move. The Jacobian is taken by central differences, one-sided at a bound.
 */
public final class LevenbergMarquardt {
  private static final double MAX_DAMPING = 1e16;

  private LevenbergMarquardt() {}

  /** Minimises with {@link LeastSquaresSettings#DEFAULT}. */
  public static LeastSquaresFit minimise(ResidualFunction f, double[] start, Bounds bounds) {
    return minimise(f, start, bounds, LeastSquaresSettings.DEFAULT);
  }

  /** Minimises {@code sum r_i(x)^2} from {@code start} (moved into the bounds first). */
  public static LeastSquaresFit minimise(
      ResidualFunction f, double[] start, Bounds bounds, LeastSquaresSettings settings) {
    if (start.length != bounds.dimension()) {
      throw new IllegalArgumentException(
          "start has " + start.length + " parameters, bounds " + bounds.dimension());
    }
    double[] x = bounds.clamp(start);
    double[] r = f.residuals(x);
    double sse = sumOfSquares(r);
    if (!Double.isFinite(sse)) {
      return new LeastSquaresFit(x, Double.POSITIVE_INFINITY, 0, false);
    }
    double lambda = settings.initialDamping();
    double tol = settings.relativeTolerance();
    for (int it = 1; it <= settings.maxIterations(); it++) {
      double[][] jac = jacobian(f, x, bounds);
      DampedStep step = new DampedStep(jac, r, x, bounds);
      boolean accepted = false;
      while (lambda <= MAX_DAMPING) {
        double[] candidate = step.propose(lambda);
        if (candidate != null) {
          double[] rc = f.residuals(candidate);
          double ssc = sumOfSquares(rc);
          if (ssc < sse) {
            boolean small = sse - ssc <= tol * sse || maxRelativeChange(x, candidate) <= tol;
            x = candidate;
            r = rc;
            sse = ssc;
            lambda = Math.max(lambda / 10, 1e-15);
            accepted = true;
            if (small) {
              return new LeastSquaresFit(x, sse, it, true);
            }
            break;
          }
        }
        lambda *= 10;
      }
      if (!accepted) {
        // no step in any direction lowers the sum of squares: a (bounded) minimum
        return new LeastSquaresFit(x, sse, it, true);
      }
      if (sse == 0) {
        return new LeastSquaresFit(x, sse, it, true);
      }
    }
    return new LeastSquaresFit(x, sse, settings.maxIterations(), false);
  }

  /**
   * The asymptotic covariance {@code s^2 (J'J)^-1} of the parameters at a fit, with {@code s^2 =
   * SSE/(n - k)}; {@code null} when {@code J'J} is singular or {@code n <= k}.
   */
  public static double[][] covariance(ResidualFunction f, double[] params, Bounds bounds) {
    double[] r = f.residuals(params);
    int n = r.length;
    int k = params.length;
    if (n <= k) {
      return null;
    }
    double[][] jac = jacobian(f, params, bounds);
    double[][] jtj = new double[k][k];
    for (double[] row : jac) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          jtj[a][b] += row[a] * row[b];
        }
      }
    }
    double[][] inv = DenseSolver.invert(jtj);
    if (inv == null) {
      return null;
    }
    double s2 = sumOfSquares(r) / (n - k);
    for (double[] row : inv) {
      for (int b = 0; b < k; b++) {
        row[b] *= s2;
      }
    }
    return inv;
  }

  static double sumOfSquares(double[] r) {
    double s = 0;
    for (double v : r) {
      s += v * v;
    }
    return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
  }

  /** d r_i / d x_j, n rows by k columns. */
  static double[][] jacobian(ResidualFunction f, double[] x, Bounds bounds) {
    int k = x.length;
    double[][] jac = null;
    for (int j = 0; j < k; j++) {
      double h = 1e-6 * Math.max(Math.abs(x[j]), 1e-6);
      boolean up = x[j] + h <= bounds.upperAt(j);
      boolean down = x[j] - h >= bounds.lowerAt(j);
      double[] xp = x.clone();
      double[] xm = x.clone();
      if (up) {
        xp[j] += h;
      }
      if (down) {
        xm[j] -= h;
      }
      double[] rp = f.residuals(xp);
      double[] rm = f.residuals(xm);
      double width = (up ? h : 0) + (down ? h : 0);
      if (jac == null) {
        jac = new double[rp.length][k];
      }
      for (int i = 0; i < rp.length; i++) {
        double d = width == 0 ? 0 : (rp[i] - rm[i]) / width;
        jac[i][j] = Double.isFinite(d) ? d : 0;
      }
    }
    return jac == null ? new double[0][0] : jac;
  }

  private static double maxRelativeChange(double[] a, double[] b) {
    double m = 0;
    for (int j = 0; j < a.length; j++) {
      m = Math.max(m, Math.abs(a[j] - b[j]) / Math.max(Math.abs(a[j]), 1e-12));
    }
    return m;
  }
}
