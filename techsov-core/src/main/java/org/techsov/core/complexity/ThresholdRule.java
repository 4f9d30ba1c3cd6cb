package org.techsov.core.complexity;

/** How an RCA or RPOP value is compared with its threshold. */
public enum ThresholdRule {
  /** Present when the value is greater than or equal to the threshold (Python and R packages). */
  AT_LEAST,
  /** Present when the value is strictly greater than the threshold (Stata package). */
  ABOVE;

  boolean passes(double value, double threshold) {
    return this == AT_LEAST ? value >= threshold : value > threshold;
  }
}
