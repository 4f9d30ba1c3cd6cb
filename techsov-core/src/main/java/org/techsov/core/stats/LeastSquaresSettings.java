package org.techsov.core.stats;

/**
 * Stopping rules and damping for {@link LevenbergMarquardt}.
 *
 * @param maxIterations the most accepted-or-rejected outer iterations
 * @param relativeTolerance stop when an accepted step lowers the sum of squares by less than this
 *     fraction of it, or moves no parameter by more than this fraction of its size
 * @param initialDamping Marquardt's lambda at the start; larger starts closer to gradient descent
 */
public record LeastSquaresSettings(
    int maxIterations, double relativeTolerance, double initialDamping) {
  /** 500 iterations, tolerance 1e-12, damping 1e-3. */
  public static final LeastSquaresSettings DEFAULT = new LeastSquaresSettings(500, 1e-12, 1e-3);

  public LeastSquaresSettings {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be positive: " + maxIterations);
    }
    if (!(relativeTolerance > 0) || !(initialDamping > 0)) {
      throw new IllegalArgumentException("tolerance and damping must be positive");
    }
  }
}
