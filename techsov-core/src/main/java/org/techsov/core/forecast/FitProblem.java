package org.techsov.core.forecast;

/**
 * A candidate curve and the observations to fit it to, on a given scale.
 *
 * @param ceiling the value of the whole for shares (used by the logit scale); ignored on the level
 *     scale
 */
record FitProblem(CurveSpec spec, double[] t, double[] y, FitScale scale, double ceiling) {
  /** The same problem with other observed values at the same times (a bootstrap resample). */
  FitProblem withValues(double[] values) {
    return new FitProblem(spec, t, values, scale, ceiling);
  }

  int size() {
    return t.length;
  }
}
