package org.techsov.core.forecast;

/**
 * How a fan was drawn: a residual bootstrap of the chosen curve.
 *
 * @param requested resamples asked for
 * @param succeeded resamples whose refit converged to a finite fit; the fan uses these
 * @param seed the random seed
 */
public record BootstrapSummary(int requested, int succeeded, long seed) {}
