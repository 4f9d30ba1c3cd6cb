package org.techsov.core.forecast;

import java.util.List;

/**
 * One parameterisation of an adoption curve: the modelled level at a decimal year for a parameter
 * vector. Implementations are immutable; fixed constants (launch date, ceiling, reference time) are
 * part of the curve, not of its parameters.
 */
public interface GrowthCurve {
  GrowthModel model();

  /** Names of the fitted parameters, in the order {@link #value} expects them. */
  List<String> parameterNames();

  /** The modelled level at decimal year {@code t}. */
  double value(double[] params, double t);

  default int parameterCount() {
    return parameterNames().size();
  }
}
