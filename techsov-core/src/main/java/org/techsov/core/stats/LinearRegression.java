package org.techsov.core.stats;

/**
 * Ordinary least squares by the normal equations, for the few regressors that curve starting values
 * and linearised fits need. Not meant for ill-conditioned or wide designs.
 */
public final class LinearRegression {
  private LinearRegression() {}

  /**
   * Coefficients and residual sum of squares of {@code y} on the columns of {@code design}.
   *
   * @param design n rows of k regressors each; include a column of ones for an intercept
   * @param y n observations
   * @return the fit, or {@code null} when the regressors are collinear or there are fewer rows than
   *     regressors
   */
  public static RegressionFit fit(double[][] design, double[] y) {
    int n = y.length;
    if (design.length != n) {
      throw new IllegalArgumentException("design has " + design.length + " rows, y has " + n);
    }
    if (n == 0 || n < design[0].length) {
      return null;
    }
    int k = design[0].length;
    double[][] xtx = new double[k][k];
    double[] xty = new double[k];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < k; a++) {
        xty[a] += design[i][a] * y[i];
        for (int b = 0; b < k; b++) {
          xtx[a][b] += design[i][a] * design[i][b];
        }
      }
    }
    double[] beta = DenseSolver.solve(xtx, xty);
    if (beta == null) {
      return null;
    }
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double fitted = 0;
      for (int a = 0; a < k; a++) {
        fitted += design[i][a] * beta[a];
      }
      sse += (y[i] - fitted) * (y[i] - fitted);
    }
    return new RegressionFit(beta, sse, n);
  }

  /** The straight line {@code y = intercept + slope x}; {@code null} when all x are equal. */
  public static RegressionFit line(double[] x, double[] y) {
    double[][] design = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      design[i] = new double[] {1, x[i]};
    }
    return fit(design, y);
  }
}
