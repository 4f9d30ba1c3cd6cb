package org.techsov.core.forecast;

/**
 * Bass's OLS regression coefficients and the diffusion parameters they imply.
 *
 * @param a intercept, {@code p m}
 * @param b coefficient of cumulative adoption, {@code q - p}
 * @param c coefficient of its square, {@code -q/m}
 * @param m market size, in the unit of the cumulative series
 * @param p coefficient of innovation, per period (per year with decimal-year times)
 * @param q coefficient of imitation, per period
 */
public record BassOlsEstimate(double a, double b, double c, double m, double p, double q) {}
