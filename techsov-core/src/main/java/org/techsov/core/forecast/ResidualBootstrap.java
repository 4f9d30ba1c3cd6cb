package org.techsov.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.techsov.core.stats.LeastSquaresFit;

/**
 * Residual bootstrap of a fitted curve (Efron and Tibshirani 1993, ch. 9): resample the fit's
 * residuals with replacement, add them to the fitted values, refit, repeat. The residuals are
 * centred and inflated by {@code sqrt(n/(n-k))} because fitted residuals are smaller than the
 * errors they estimate. Residuals live on the fitting scale (log-odds for shares), so a resampled
 * share stays inside (0, 1).
 */
final class ResidualBootstrap {
  private ResidualBootstrap() {}

  /** Parameter vectors of the resamples whose refit gave a finite sum of squares. */
  static List<double[]> draws(FitProblem problem, double[] fitted, int resamples, long seed) {
    int n = problem.size();
    FitScale scale = problem.scale();
    double ceiling = problem.ceiling();
    double[] centre = new double[n];
    double[] resid = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      centre[i] = scale.forward(problem.spec().curve().value(fitted, problem.t()[i]), ceiling);
      resid[i] = scale.forward(problem.y()[i], ceiling) - centre[i];
      mean += resid[i] / n;
    }
    double inflate = Math.sqrt(n / (double) Math.max(1, n - fitted.length));
    for (int i = 0; i < n; i++) {
      resid[i] = (resid[i] - mean) * inflate;
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<double[]> out = new ArrayList<>(resamples);
    for (int b = 0; b < resamples; b++) {
      double[] ystar = new double[n];
      for (int i = 0; i < n; i++) {
        ystar[i] = scale.backward(centre[i] + resid[random.nextInt(n)], ceiling);
      }
      LeastSquaresFit fit = CurveFitter.fitFrom(problem.withValues(ystar), fitted);
      if (Double.isFinite(fit.sse())) {
        out.add(fit.params());
      }
    }
    return out;
  }
}
