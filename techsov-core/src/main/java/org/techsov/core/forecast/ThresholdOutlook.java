package org.techsov.core.forecast;

/**
 * The forecast's view of one threshold.
 *
 * @param threshold the level and its deadline
 * @param probability share of bootstrap curves at or beyond the level at the deadline, 0..1
 * @param atDeadline the fan at the deadline
 * @param p50Crossing decimal year at which the median curve first reaches the level (searched
 *     monthly up to 2150), or NaN if it never does: the fitted ceiling is below the level
 */
public record ThresholdOutlook(
    Threshold threshold, double probability, FanPoint atDeadline, double p50Crossing) {
  public boolean p50Crosses() {
    return !Double.isNaN(p50Crossing);
  }
}
