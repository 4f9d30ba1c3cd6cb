package org.techsov.core.forecast;

import java.util.List;

/**
 * One candidate curve fitted to a series.
 *
 * @param curve the curve family with its fixed constants
 * @param params fitted parameters, named by {@link GrowthCurve#parameterNames()}
 * @param sse residual sum of squares on the fitting scale (levels, or log-odds for shares)
 * @param n observations fitted
 * @param aicc small-sample Akaike criterion on the fitting scale
 * @param weight Akaike weight among the candidates fitted to the same series, 0..1
 */
public record ModelFit(
    GrowthCurve curve, List<Double> params, double sse, int n, double aicc, double weight) {
  public ModelFit {
    params = List.copyOf(params);
  }

  public GrowthModel model() {
    return curve.model();
  }

  /** The modelled level at decimal year {@code t}. */
  public double valueAt(double t) {
    return curve.value(paramArray(), t);
  }

  /** The parameter named {@code name}. */
  public double param(String name) {
    int i = curve.parameterNames().indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(curve.model() + " has no parameter " + name);
    }
    return params.get(i);
  }

  double[] paramArray() {
    return params.stream().mapToDouble(Double::doubleValue).toArray();
  }

  ModelFit withWeight(double w) {
    return new ModelFit(curve, params, sse, n, aicc, w);
  }
}
