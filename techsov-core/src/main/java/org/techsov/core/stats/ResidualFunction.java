package org.techsov.core.stats;

/**
 * The residuals of a least-squares problem as a function of its parameters. Residuals are observed
 * minus modelled values; the length of the returned array is the same for every call.
 */
@FunctionalInterface
public interface ResidualFunction {
  /**
   * Residuals at {@code params}. A non-finite residual marks parameters where the model is
   * undefined; the solver treats such a point as infinitely bad rather than failing.
   */
  double[] residuals(double[] params);
}
