package org.techsov.core.forecast;

import org.techsov.core.stats.LeastSquaresFit;
import org.techsov.core.stats.LevenbergMarquardt;
import org.techsov.core.stats.ResidualFunction;

/** Fits one candidate curve to observations on a given scale, from each of its starts. */
final class CurveFitter {
  private CurveFitter() {}

  /** The best fit over the spec's starting points; its sse is infinite if none was finite. */
  static LeastSquaresFit fit(FitProblem problem) {
    LeastSquaresFit best = null;
    for (double[] start : problem.spec().starts()) {
      LeastSquaresFit fit = fitFrom(problem, start);
      if (best == null || fit.sse() < best.sse()) {
        best = fit;
      }
    }
    return best;
  }

  static LeastSquaresFit fitFrom(FitProblem problem, double[] start) {
    return LevenbergMarquardt.minimise(residuals(problem), start, problem.spec().bounds());
  }

  static ResidualFunction residuals(FitProblem problem) {
    GrowthCurve curve = problem.spec().curve();
    FitScale scale = problem.scale();
    double ceiling = problem.ceiling();
    double[] t = problem.t();
    double[] target = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      target[i] = scale.forward(problem.y()[i], ceiling);
    }
    return params -> {
      double[] r = new double[t.length];
      for (int i = 0; i < t.length; i++) {
        r[i] = target[i] - scale.forward(curve.value(params, t[i]), ceiling);
      }
      return r;
    };
  }
}
