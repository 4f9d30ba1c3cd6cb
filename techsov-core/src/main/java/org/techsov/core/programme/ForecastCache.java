package org.techsov.core.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.forecast.DiffusionForecaster;
import org.techsov.core.forecast.Forecast;
import org.techsov.core.forecast.ForecastOptions;
import org.techsov.core.forecast.ForecastShape;
import org.techsov.core.forecast.Threshold;
import org.techsov.core.forecast.ThresholdOutlook;

/** Forecasts series for the scorecard on demand, fitting each series' curves once. */
final class ForecastCache {
  private final ScorecardOptions options;
  private final Map<String, ForecastView> views = new HashMap<>();

  ForecastCache(ScorecardOptions options) {
    this.options = options;
  }

  /** The forecast's view of {@code check} on the series at {@code path}. */
  ForecastView view(String path, Series series, Check check) {
    return views.computeIfAbsent(path + " " + check, k -> compute(path, series, check));
  }

  private ForecastView compute(String path, Series series, Check check) {
    boolean falling = series.measure().shape() == ForecastShape.SHARE_FALLING;
    if ((check.comparison() == Comparison.AT_MOST) != falling) {
      return ForecastView.refused("the check runs against the direction the series is forecast in");
    }
    ForecastOptions fo =
        new ForecastOptions(options.asOf().getYear(), options.resamples(), options.seed());
    Threshold threshold = new Threshold(check.subject(), check.level(), check.by().end());
    Forecast f =
        DiffusionForecaster.forecast(
            ProgrammeForecaster.input(path, series), List.of(threshold), fo);
    if (f instanceof Forecast.Refused r) {
      return ForecastView.refused(r.reason());
    }
    Forecast.Fitted fitted = (Forecast.Fitted) f;
    ThresholdOutlook o = fitted.outlooks().get(0);
    return new ForecastView(
        o.probability(), o.p50Crossing(), fitted.chosen().model().label(), null);
  }
}
