package org.techsov.core.stats;

import java.util.Arrays;

/**
 * Box constraints {@code lower[j] <= x[j] <= upper[j]} on the parameters of a fit. Infinite bounds
 * are allowed and mean "unbounded on that side".
 */
public record Bounds(double[] lower, double[] upper) {
  public Bounds {
    if (lower.length != upper.length) {
      throw new IllegalArgumentException(
          "bounds of different lengths: " + lower.length + " and " + upper.length);
    }
    lower = lower.clone();
    upper = upper.clone();
    for (int j = 0; j < lower.length; j++) {
      if (Double.isNaN(lower[j]) || Double.isNaN(upper[j]) || lower[j] > upper[j]) {
        throw new IllegalArgumentException(
            "parameter " + j + ": lower bound " + lower[j] + " above upper bound " + upper[j]);
      }
    }
  }

  /** No constraint on any of {@code dimension} parameters. */
  public static Bounds unbounded(int dimension) {
    double[] lo = new double[dimension];
    double[] hi = new double[dimension];
    Arrays.fill(lo, Double.NEGATIVE_INFINITY);
    Arrays.fill(hi, Double.POSITIVE_INFINITY);
    return new Bounds(lo, hi);
  }

  public int dimension() {
    return lower.length;
  }

  /** A copy of {@code x} with every component moved into its interval. */
  public double[] clamp(double[] x) {
    double[] y = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      y[j] = Math.max(lower[j], Math.min(upper[j], x[j]));
    }
    return y;
  }

  @Override
  public double[] lower() {
    return lower.clone();
  }

  @Override
  public double[] upper() {
    return upper.clone();
  }

  double lowerAt(int j) {
    return lower[j];
  }

  double upperAt(int j) {
    return upper[j];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bounds b && Arrays.equals(lower, b.lower) && Arrays.equals(upper, b.upper);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
  }

  @Override
  public String toString() {
    return "Bounds[lower=" + Arrays.toString(lower) + ", upper=" + Arrays.toString(upper) + "]";
  }
}
