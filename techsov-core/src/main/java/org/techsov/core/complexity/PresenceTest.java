package org.techsov.core.complexity;

/** How the binary presence matrix {@code M_cp} is derived from export values. */
public enum PresenceTest {
  /** Balassa revealed comparative advantage: {@code M_cp = 1} when RCA passes its threshold. */
  RCA,
  /**
   * Revealed per-capita advantage: exports per person relative to the world's; needs population.
   */
  RPOP,
  /**
   * Either test passes (the union, as the Stata package does; the Python reference adds the two 0/1
   * matrices and so produces entries of 2, which techsov does not copy).
   */
  RCA_OR_RPOP,
  /**
   * The values are already the presence matrix (py-ecomplexity's {@code "manual"}): a positive
   * value is presence. RCA is not computed; {@link ComplexityResult#rca} returns the given value.
   */
  GIVEN;

  /** Whether the test needs a {@link Population}. */
  public boolean usesPopulation() {
    return this == RPOP || this == RCA_OR_RPOP;
  }
}
