package org.techsov.core.programme;

import org.techsov.core.forecast.ForecastShape;

/**
 * What a series measures.
 *
 * @param subject the product or system measured, e.g. {@code Mir}
 * @param description the metric in words, e.g. "share of payment cards issued in Russia"
 * @param unit unit of every observation, e.g. {@code %} or {@code mn cards}
 * @param shape a cumulative level, a rising substitute share or a falling incumbent share; decides
 *     how the series is forecast
 */
public record Measure(String subject, String description, String unit, ForecastShape shape) {
  /** For shares, the value of the whole: 100 in percent, otherwise 1. */
  public double fullShare() {
    return "%".equals(unit) ? 100 : 1;
  }
}
