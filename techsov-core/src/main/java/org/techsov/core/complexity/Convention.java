package org.techsov.core.complexity;

/**
 * The published conventions for normalising ECI, PCI, COI and COG and for the proximity diagonal.
 * Each one reproduces a reference implementation; see {@code docs/methods/complexity.md}.
 */
public enum Convention {
  /**
   * Harvard Growth Lab py-ecomplexity, newest state (0.5.3, which matches its Stata package up to
   * the sd): proximity diagonal 0; ECI z-scored with the population sd over countries; PCI
   * standardised with ECI's mean and sd (so ECI is the mean PCI of a country's products); COI
   * z-scored; COG divided by ECI's sd; the sign makes ECI correlate positively with diversity.
   */
  PY_ECOMPLEXITY(0.0, ThresholdRule.AT_LEAST),
  /** As {@link #PY_ECOMPLEXITY} but with proximity diagonal 1, as released py-ecomplexity 0.5.2. */
  PY_ECOMPLEXITY_0_5_2(1.0, ThresholdRule.AT_LEAST),
  /**
   * Growth Lab Stata {@code ecomplexity}: as {@link #PY_ECOMPLEXITY} but presence is {@code RCA >
   * threshold} and every sd is the sample sd over the long-format country x product rows, so ECI,
   * PCI, COI and COG are the Python values divided by {@code sqrt(N / (N - 1))}.
   */
  STATA(0.0, ThresholdRule.ABOVE),
  /**
   * R package economiccomplexity 2.0: proximity diagonal 1; ECI and PCI each z-scored with its own
   * mean and sample sd, signs agreeing with the method of reflections; COI and COG computed from
   * that standardised PCI and not rescaled.
   */
  R_ECONOMICCOMPLEXITY(1.0, ThresholdRule.AT_LEAST);

  private final double proximityDiagonal;
  private final ThresholdRule thresholdRule;

  Convention(double proximityDiagonal, ThresholdRule thresholdRule) {
    this.proximityDiagonal = proximityDiagonal;
    this.thresholdRule = thresholdRule;
  }

  /** The proximity of a product with itself, 0 or 1. */
  public double proximityDiagonal() {
    return proximityDiagonal;
  }

  /** The threshold comparison the reference uses. */
  public ThresholdRule thresholdRule() {
    return thresholdRule;
  }
}
