package org.techsov.core.forecast;

import java.util.List;

/**
 * The Gompertz curve {@code N(t) = K exp(-b e^{-c (t - reference)})}: asymmetric, inflecting at
 * {@code K/e}, earlier than the logistic. The reference year only conditions the numbers (b stays
 * of order one); it is not fitted.
 *
 * @param ceiling the fixed ceiling K, or NaN when K is fitted (parameters {@code (K, b, c)};
 *     otherwise {@code (b, c)})
 * @param reference decimal year from which time is counted
 */
public record GompertzCurve(double ceiling, double reference) implements GrowthCurve {
  /** A Gompertz curve whose ceiling K is fitted. */
  public static GompertzCurve withFreeCeiling(double reference) {
    return new GompertzCurve(Double.NaN, reference);
  }

  @Override
  public GrowthModel model() {
    return GrowthModel.GOMPERTZ;
  }

  @Override
  public List<String> parameterNames() {
    return Double.isNaN(ceiling) ? List.of("K", "b", "c") : List.of("b", "c");
  }

  @Override
  public double value(double[] params, double t) {
    if (Double.isNaN(ceiling)) {
      return params[0] * Math.exp(-params[1] * Math.exp(-params[2] * (t - reference)));
    }
    return ceiling * Math.exp(-params[0] * Math.exp(-params[1] * (t - reference)));
  }
}
