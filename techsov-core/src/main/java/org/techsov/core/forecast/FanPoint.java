package org.techsov.core.forecast;

/**
 * The bootstrap distribution of the fitted curve at one time: the 10th, 50th and 90th percentiles,
 * in the series' unit. The band is for the curve (the underlying level), not for a single noisy
 * reading.
 *
 * @param time decimal year; fan points at year ends use {@code year + 1.0}
 */
public record FanPoint(double time, double p10, double p50, double p90) {}
