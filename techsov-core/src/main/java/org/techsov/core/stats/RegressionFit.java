package org.techsov.core.stats;

import java.util.Arrays;

/**
 * The result of an ordinary least-squares fit.
 *
 * @param coefficients one per regressor, in the order of the design's columns
 * @param sse residual sum of squares
 * @param n number of observations
 */
public record RegressionFit(double[] coefficients, double sse, int n) {
  public RegressionFit {
    coefficients = coefficients.clone();
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** The coefficient of regressor {@code j}. */
  public double coefficient(int j) {
    return coefficients[j];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegressionFit r
        && Arrays.equals(coefficients, r.coefficients)
        && Double.compare(sse, r.sse) == 0
        && n == r.n;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(coefficients) * 31 + Double.hashCode(sse) * 7 + n;
  }

  @Override
  public String toString() {
    return "RegressionFit[coefficients=" + Arrays.toString(coefficients) + ", sse=" + sse + "]";
  }
}
