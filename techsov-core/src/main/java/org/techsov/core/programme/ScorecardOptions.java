package org.techsov.core.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.techsov.core.forecast.ForecastOptions;

/**
 * How to build a scorecard.
 *
 * @param asOf the evaluation date: readings after it are ignored, deadlines before it have passed
 * @param country only items about this ISO alpha-3 code, or null for all
 * @param measures numbers computed by other analyses that claims may cite as evidence
 * @param resamples bootstrap resamples for the forecasts behind on-track verdicts
 * @param seed their random seed
 */
public record ScorecardOptions(
    LocalDate asOf, String country, List<ExternalMeasure> measures, int resamples, long seed) {
  public ScorecardOptions {
    Objects.requireNonNull(asOf, "asOf");
    measures = List.copyOf(measures);
  }

  /** All countries, no external measures, the default bootstrap. */
  public static ScorecardOptions asOf(LocalDate date) {
    return new ScorecardOptions(
        date, null, List.of(), ForecastOptions.DEFAULT_RESAMPLES, ForecastOptions.DEFAULT_SEED);
  }

  public ScorecardOptions withCountry(String iso3) {
    return new ScorecardOptions(asOf, iso3, measures, resamples, seed);
  }

  public ScorecardOptions withMeasures(List<ExternalMeasure> supplied) {
    return new ScorecardOptions(asOf, country, supplied, resamples, seed);
  }
}
