package org.techsov.core.programme;

import java.util.Locale;
import org.techsov.core.forecast.DecimalYear;

/**
 * What the scorecard needs from a forecast for one level and deadline: the chance of being there
 * and when the median path gets there; or, when there is no forecast, why.
 *
 * @param probability chance of satisfying the check at the deadline, 0..1; NaN without forecast
 * @param p50Crossing decimal year the median path reaches the level, or NaN
 * @param model the chosen curve, e.g. "Gompertz"
 * @param refusal why there is no forecast, or null when there is one
 */
record ForecastView(double probability, double p50Crossing, String model, String refusal) {
  static ForecastView refused(String reason) {
    return new ForecastView(Double.NaN, Double.NaN, null, reason);
  }

  boolean isAvailable() {
    return refusal == null;
  }

  String describe(Check check) {
    String crossing =
        Double.isNaN(p50Crossing)
            ? "the median path never reaches it"
            : "the median path reaches it in "
                + String.format(
                    Locale.ROOT,
                    "%d-%02d",
                    DecimalYear.toDate(p50Crossing).getYear(),
                    DecimalYear.toDate(p50Crossing).getMonthValue());
    return String.format(
        Locale.ROOT,
        "the %s forecast gives a %.0f%% chance of %s %s by %s; %s",
        model,
        100 * probability,
        check.comparison().symbol(),
        Quantity.format(check.level()),
        check.by(),
        crossing);
  }
}
