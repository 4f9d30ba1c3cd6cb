package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.forecast.DataPoint;
import org.techsov.core.forecast.DecimalYear;
import org.techsov.core.forecast.DiffusionForecaster;
import org.techsov.core.forecast.ForecastInput;
import org.techsov.core.forecast.ForecastOptions;
import org.techsov.core.forecast.ForecastShape;
import org.techsov.core.forecast.Threshold;

/**
 * Forecasts a programme's series with {@link DiffusionForecaster}: observations at the middle of
 * their reported periods, targets as thresholds due at the end of their deadline's period, the
 * series' market bound (levels) or full share (shares) as the ceiling.
 */
public final class ProgrammeForecaster {
  private ProgrammeForecaster() {}

  /**
   * Forecasts a series of {@code programme} to the end of {@code options.horizonYear()}.
   *
   * @param seriesId the series, or null for the programme's headline (first) series
   * @param extraLevels further levels to report the probability and P50 crossing of, due at the
   *     horizon (e.g. an incumbent's audience as a benchmark)
   */
  public static ProgrammeForecast forecast(
      Programme programme, String seriesId, ForecastOptions options, double... extraLevels) {
    Series series = pick(programme, seriesId);
    String label = programme.id() + "/" + series.id();
    List<String> notes = new ArrayList<>();
    List<Threshold> thresholds = new ArrayList<>();
    boolean falling = series.measure().shape() == ForecastShape.SHARE_FALLING;
    Comparison natural = falling ? Comparison.AT_MOST : Comparison.AT_LEAST;
    for (Target t : series.targets()) {
      if (t.comparison() != natural) {
        notes.add("target " + t.id() + " runs against the series' direction and is not forecast");
      } else {
        thresholds.add(new Threshold(t.id(), t.level(), t.deadline().end()));
      }
    }
    for (double level : extraLevels) {
      thresholds.add(
          new Threshold("level " + Quantity.format(level), level, options.horizonYear() + 1.0));
    }
    return new ProgrammeForecast(
        programme,
        series,
        DiffusionForecaster.forecast(input(label, series), thresholds, options),
        notes);
  }

  static ForecastInput input(String label, Series series) {
    List<DataPoint> points =
        series.observations().stream()
            .map(f -> new DataPoint(f.asOf().midpoint(), f.value()))
            .toList();
    Measure m = series.measure();
    double launch = series.launch() == null ? Double.NaN : DecimalYear.of(series.launch().first());
    double ceiling;
    if (m.shape().isShare()) {
      ceiling = m.fullShare();
    } else {
      ceiling = series.marketBound() == null ? Double.NaN : series.marketBound().value();
    }
    return new ForecastInput(label, points, m.shape(), launch, ceiling);
  }

  private static Series pick(Programme programme, String seriesId) {
    if (seriesId == null) {
      if (programme.series().isEmpty()) {
        throw new TechsovException(
            ErrorCode.NO_DATA, "programme " + programme.id() + " has no series to forecast");
      }
      return programme.series().get(0);
    }
    return programme
        .series(seriesId)
        .orElseThrow(
            () ->
                new TechsovException(
                    ErrorCode.NO_DATA,
                    "programme "
                        + programme.id()
                        + " has no series '"
                        + seriesId
                        + "'; it has: "
                        + String.join(", ", programme.series().stream().map(Series::id).toList())));
  }
}
