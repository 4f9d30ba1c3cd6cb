package org.techsov.core.forecast;

/**
 * How far and how finely to forecast.
 *
 * @param horizonYear the fan runs to the end of this calendar year
 * @param resamples bootstrap resamples (1,000 recommended; fewer for quick looks)
 * @param seed seed of the bootstrap's random numbers: the same seed gives the same fan
 */
public record ForecastOptions(int horizonYear, int resamples, long seed) {
  public static final int DEFAULT_RESAMPLES = 1000;
  public static final long DEFAULT_SEED = 1969L;

  public ForecastOptions {
    if (horizonYear < 1900 || horizonYear > 2200) {
      throw new IllegalArgumentException("horizon year out of range 1900..2200: " + horizonYear);
    }
    if (resamples < 10) {
      throw new IllegalArgumentException("need at least 10 bootstrap resamples: " + resamples);
    }
  }

  /** To the end of {@code horizonYear}, with 1,000 resamples and the default seed. */
  public static ForecastOptions toYear(int horizonYear) {
    return new ForecastOptions(horizonYear, DEFAULT_RESAMPLES, DEFAULT_SEED);
  }
}
