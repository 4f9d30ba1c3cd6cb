package org.techsov.core.forecast;

import java.util.List;

/**
 * The logistic curve {@code N(t) = K / (1 + e^{-r (t - t0)})}: symmetric about its midpoint t0.
 * With a fixed ceiling of the whole market it is Fisher-Pry substitution, whose log-odds {@code
 * ln(S/(1-S)) = r (t - t0)} are a straight line in time.
 *
 * @param ceiling the fixed ceiling K, or NaN when K is fitted (parameters {@code (K, r, t0)};
 *     otherwise {@code (r, t0)})
 */
public record LogisticCurve(double ceiling) implements GrowthCurve {
  /** A logistic curve whose ceiling K is fitted. */
  public static LogisticCurve withFreeCeiling() {
    return new LogisticCurve(Double.NaN);
  }

  @Override
  public GrowthModel model() {
    return GrowthModel.LOGISTIC;
  }

  @Override
  public List<String> parameterNames() {
    return Double.isNaN(ceiling) ? List.of("K", "r", "t0") : List.of("r", "t0");
  }

  @Override
  public double value(double[] params, double t) {
    if (Double.isNaN(ceiling)) {
      return params[0] / (1 + Math.exp(-params[1] * (t - params[2])));
    }
    return ceiling / (1 + Math.exp(-params[0] * (t - params[1])));
  }
}
