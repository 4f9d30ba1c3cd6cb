package org.techsov.core.complexity;

import java.util.Objects;
import org.techsov.core.error.TechsovException;

/**
 * Options of {@link EconomicComplexity#compute}. {@link #defaults()} reproduces py-ecomplexity's
 * defaults (and its tests' Stata ground truth up to the sd convention).
 *
 * @param convention normalisation and proximity-diagonal convention
 * @param presenceTest how {@code M_cp} is derived
 * @param rcaThreshold RCA threshold, default 1
 * @param rpopThreshold RPOP threshold, default 1
 * @param thresholdRule {@code >=} or {@code >}
 * @param proximity proximity measure
 * @param iterations iterations of fitness-complexity and of the method of reflections, default 20
 * @param extremality fitness-complexity extremality parameter, default 1
 */
public record ComplexityOptions(
    Convention convention,
    PresenceTest presenceTest,
    double rcaThreshold,
    double rpopThreshold,
    ThresholdRule thresholdRule,
    ProximityKind proximity,
    int iterations,
    double extremality) {

  public ComplexityOptions {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(presenceTest, "presenceTest");
    Objects.requireNonNull(thresholdRule, "thresholdRule");
    Objects.requireNonNull(proximity, "proximity");
    if (!(rcaThreshold >= 0)
        || !(rpopThreshold >= 0)
        || Double.isInfinite(rcaThreshold)
        || Double.isInfinite(rpopThreshold)) {
      throw TechsovException.invalidArgument(
          "RCA and RPOP thresholds must be finite and >= 0, got "
              + rcaThreshold
              + " and "
              + rpopThreshold);
    }
    if (iterations < 2) {
      throw TechsovException.invalidArgument("iterations must be >= 2, got " + iterations);
    }
    if (!(extremality > 0) || Double.isInfinite(extremality)) {
      throw TechsovException.invalidArgument("extremality must be > 0, got " + extremality);
    }
  }

  /** py-ecomplexity's defaults: RCA >= 1, symmetric proximity, 20 iterations, extremality 1. */
  public static ComplexityOptions defaults() {
    return of(Convention.PY_ECOMPLEXITY);
  }

  /** The defaults of one reference: its convention and its threshold rule, RCA threshold 1. */
  public static ComplexityOptions of(Convention convention) {
    return new ComplexityOptions(
        convention,
        PresenceTest.RCA,
        1.0,
        1.0,
        convention.thresholdRule(),
        ProximityKind.SYMMETRIC,
        20,
        1.0);
  }

  public ComplexityOptions withPresenceTest(PresenceTest test) {
    return new ComplexityOptions(
        convention,
        test,
        rcaThreshold,
        rpopThreshold,
        thresholdRule,
        proximity,
        iterations,
        extremality);
  }

  public ComplexityOptions withThresholds(double rca, double rpop) {
    return new ComplexityOptions(
        convention, presenceTest, rca, rpop, thresholdRule, proximity, iterations, extremality);
  }

  public ComplexityOptions withThresholdRule(ThresholdRule rule) {
    return new ComplexityOptions(
        convention,
        presenceTest,
        rcaThreshold,
        rpopThreshold,
        rule,
        proximity,
        iterations,
        extremality);
  }

  public ComplexityOptions withProximity(ProximityKind kind) {
    return new ComplexityOptions(
        convention,
        presenceTest,
        rcaThreshold,
        rpopThreshold,
        thresholdRule,
        kind,
        iterations,
        extremality);
  }

  public ComplexityOptions withFitness(int iterationCount, double extremalityParameter) {
    return new ComplexityOptions(
        convention,
        presenceTest,
        rcaThreshold,
        rpopThreshold,
        thresholdRule,
        proximity,
        iterationCount,
        extremalityParameter);
  }
}
