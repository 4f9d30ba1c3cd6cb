package org.techsov.core.forecast;

/**
 * One observation of a series.
 *
 * @param time decimal calendar year
 * @param value observed value in the series' unit
 */
public record DataPoint(double time, double value) {
  public DataPoint {
    if (!Double.isFinite(time) || !Double.isFinite(value)) {
      throw new IllegalArgumentException("non-finite observation: " + time + ", " + value);
    }
  }
}
