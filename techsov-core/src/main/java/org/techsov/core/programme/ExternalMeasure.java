package org.techsov.core.programme;

/**
 * A number computed by another analysis and handed to the scorecard as evidence, e.g. China's share
 * of Russia's imports of integrated circuits from the dependency analysis.
 *
 * @param key the key claims cite, e.g. {@code dependency/RUS/microelectronics/CHN-share}
 * @param description what it is, for the report
 * @param value the number
 * @param unit its unit, e.g. {@code %}
 * @param asOf the period it refers to
 * @param origin how it was computed (analysis, data, parameters), for the report
 */
public record ExternalMeasure(
    String key, String description, double value, String unit, ReportedDate asOf, String origin) {}
