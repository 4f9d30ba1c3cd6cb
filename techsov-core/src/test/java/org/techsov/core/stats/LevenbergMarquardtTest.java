package org.techsov.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LevenbergMarquardtTest {
  @Test
  void recoversExponentialDecayFromExactData() {
    // y = 5 exp(-0.7 x) at x = 0..9
    double[] x = new double[10];
    double[] y = new double[10];
    for (int i = 0; i < 10; i++) {
      x[i] = i;
      y[i] = 5 * Math.exp(-0.7 * i);
    }
    ResidualFunction f =
        p -> {
          double[] r = new double[x.length];
          for (int i = 0; i < x.length; i++) {
            r[i] = y[i] - p[0] * Math.exp(-p[1] * x[i]);
          }
          return r;
        };
    LeastSquaresFit fit =
        LevenbergMarquardt.minimise(f, new double[] {1, 0.1}, Bounds.unbounded(2));
    assertThat(fit.converged()).isTrue();
    assertThat(fit.param(0)).isCloseTo(5, within(1e-6));
    assertThat(fit.param(1)).isCloseTo(0.7, within(1e-7));
    assertThat(fit.sse()).isLessThan(1e-12);
  }

  @Test
  void solvesTheRosenbrockProblem() {
    // residuals (10 (y - x^2), 1 - x): minimum 0 at (1, 1), a classic test of curved valleys
    ResidualFunction f = p -> new double[] {10 * (p[1] - p[0] * p[0]), 1 - p[0]};
    LeastSquaresFit fit =
        LevenbergMarquardt.minimise(f, new double[] {-1.2, 1}, Bounds.unbounded(2));
    assertThat(fit.param(0)).isCloseTo(1, within(1e-6));
    assertThat(fit.param(1)).isCloseTo(1, within(1e-6));
  }

  @Test
  void stopsAtAnActiveBoundAndStillMovesTheFreeParameter() {
    // y = a + b x with true a = 3, b = 2, but b is capped at 1: the best a given b = 1 is the
    // mean of y - x, here 3 + 1 * mean(x) = 3 + 1 * 2 = 5
    double[] x = {0, 1, 2, 3, 4};
    ResidualFunction f =
        p -> {
          double[] r = new double[x.length];
          for (int i = 0; i < x.length; i++) {
            r[i] = (3 + 2 * x[i]) - (p[0] + p[1] * x[i]);
          }
          return r;
        };
    Bounds bounds =
        new Bounds(
            new double[] {Double.NEGATIVE_INFINITY, 0}, new double[] {Double.POSITIVE_INFINITY, 1});
    LeastSquaresFit fit = LevenbergMarquardt.minimise(f, new double[] {0, 0.5}, bounds);
    assertThat(fit.param(1)).isEqualTo(1.0);
    assertThat(fit.param(0)).isCloseTo(5, within(1e-6));
  }

  @Test
  void startOutsideTheBoundsIsMovedInside() {
    ResidualFunction f = p -> new double[] {p[0] - 10};
    Bounds bounds = new Bounds(new double[] {0}, new double[] {4});
    LeastSquaresFit fit = LevenbergMarquardt.minimise(f, new double[] {-3}, bounds);
    assertThat(fit.param(0)).isEqualTo(4.0);
    assertThat(fit.sse()).isCloseTo(36, within(1e-9));
  }

  @Test
  void modelUndefinedAtStartGivesInfiniteSumOfSquares() {
    ResidualFunction f = p -> new double[] {Math.log(p[0])};
    LeastSquaresFit fit = LevenbergMarquardt.minimise(f, new double[] {-1}, Bounds.unbounded(1));
    assertThat(fit.sse()).isInfinite();
    assertThat(fit.converged()).isFalse();
  }

  @Test
  void covarianceOfAStraightLineMatchesTheTextbookFormula() {
    // y = 1 + 2x + e at x = 0..4, e = (0.1, -0.1, 0, 0.1, -0.1): slope variance s^2 / Sxx
    double[] x = {0, 1, 2, 3, 4};
    double[] e = {0.1, -0.1, 0, 0.1, -0.1};
    ResidualFunction f =
        p -> {
          double[] r = new double[x.length];
          for (int i = 0; i < x.length; i++) {
            r[i] = 1 + 2 * x[i] + e[i] - (p[0] + p[1] * x[i]);
          }
          return r;
        };
    LeastSquaresFit fit = LevenbergMarquardt.minimise(f, new double[] {0, 0}, Bounds.unbounded(2));
    double[][] cov = LevenbergMarquardt.covariance(f, fit.params(), Bounds.unbounded(2));
    RegressionFit ols = LinearRegression.line(x, new double[] {1.1, 2.9, 5, 7.1, 8.9});
    double s2 = ols.sse() / 3;
    assertThat(cov[1][1]).isCloseTo(s2 / 10, within(1e-8));
  }
}
