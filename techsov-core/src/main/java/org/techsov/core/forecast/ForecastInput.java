package org.techsov.core.forecast;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A series to forecast.
 *
 * @param label name used in messages, e.g. {@code mir-cards/card-share}
 * @param points observations, in any order (they are sorted by time)
 * @param shape what the series measures
 * @param launch decimal year at which adoption started, or NaN if unknown (Bass needs it)
 * @param ceiling for shares, the value of the whole (100 for percentages); for levels, the upper
 *     bound on the market size (the addressable market), or NaN for none given
 */
public record ForecastInput(
    String label, List<DataPoint> points, ForecastShape shape, double launch, double ceiling) {
  public ForecastInput {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(shape, "shape");
    points = points.stream().sorted(Comparator.comparingDouble(DataPoint::time)).toList();
    if (shape.isShare() && !(ceiling > 0)) {
      throw new IllegalArgumentException(label + ": a share needs the value of the whole");
    }
  }

  double[] times() {
    return points.stream().mapToDouble(DataPoint::time).toArray();
  }

  double[] values() {
    return points.stream().mapToDouble(DataPoint::value).toArray();
  }
}
