package org.techsov.core.localisation;

/**
 * How a score is held against a threshold. Regimes differ at the boundary: USMCA requires "not less
 * than" the RVC, Buy American that domestic components "exceed" the share.
 */
public enum Comparison {
  AT_LEAST,
  GREATER_THAN;

  /**
   * True if {@code score} meets {@code threshold}. Scores within 1e-9 of the threshold count as
   * equal, so that a share computed as 0.6 * 100 meets "at least 60" and fails "more than 60".
   */
  public boolean meets(double score, double threshold) {
    double tolerance = 1e-9 * Math.max(1, Math.abs(threshold));
    boolean equal = Math.abs(score - threshold) <= tolerance;
    return this == AT_LEAST ? equal || score > threshold : !equal && score > threshold;
  }

  /** The symbol used in explanations. */
  public String symbol() {
    return this == AT_LEAST ? ">=" : ">";
  }
}
