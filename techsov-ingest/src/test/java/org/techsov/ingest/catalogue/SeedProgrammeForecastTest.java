package org.techsov.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.techsov.core.forecast.FanPoint;
import org.techsov.core.forecast.Forecast;
import org.techsov.core.forecast.ForecastOptions;
import org.techsov.core.forecast.ThresholdOutlook;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.ProgrammeForecast;
import org.techsov.core.programme.ProgrammeForecaster;

/** Forecasts of the built-in programmes: two are forecast, the thin series are refused. */
class SeedProgrammeForecastTest {
  private static final Catalogue CATALOGUE = BuiltInCatalogue.seeds();
  private static final ForecastOptions TO_2026 = new ForecastOptions(2026, 300, 1969);

  private static ProgrammeForecast forecast(String programme, String series, double... levels) {
    return ProgrammeForecaster.forecast(CATALOGUE.programme(programme), series, TO_2026, levels);
  }

  @Test
  void mirCardShareIsForecastWithAFanThatRisesAndContainsTheLatestReading() {
    ProgrammeForecast pf = forecast("mir-cards", null);
    assertThat(pf.label()).isEqualTo("mir-cards/card-share");
    Forecast.Fitted f = (Forecast.Fitted) pf.forecast();
    assertThat(f.candidates()).hasSize(3);
    FanPoint end2023 = f.fan().get(0);
    assertThat(end2023.time()).isEqualTo(2024.0);
    // the last reading, 51.6% at the end of Q3 2023, lies just below the end-2023 band
    assertThat(end2023.p10()).isBetween(45.0, 51.6);
    FanPoint end2026 = f.fan().get(f.fan().size() - 1);
    assertThat(end2026.time()).isEqualTo(2027.0);
    assertThat(end2026.p50()).isGreaterThan(end2023.p50()).isLessThan(100);
    assertThat(end2026.p10()).isLessThan(end2026.p50());
    assertThat(end2026.p90()).isGreaterThan(end2026.p50());
  }

  @Test
  void maxRegisteredUsersAreForecastWithinTheirMarketBound() {
    ProgrammeForecast pf = forecast("max-messenger", "registered-users", 96);
    Forecast.Fitted f = (Forecast.Fitted) pf.forecast();
    FanPoint end2026 = f.fan().get(f.fan().size() - 1);
    // already 100 mn on 10 March 2026; the bound is Mediascope's population base of about 123 mn
    assertThat(end2026.p50()).isBetween(100.0, 123.0);
    assertThat(end2026.p90()).isLessThanOrEqualTo(123.0 + 1e-9);
    ThresholdOutlook whatsapp = f.outlooks().get(0);
    assertThat(whatsapp.threshold().value()).isEqualTo(96.0);
    assertThat(whatsapp.probability()).isGreaterThan(0.9);
    assertThat(whatsapp.p50Crossing()).isBetween(2025.9, 2026.3);
  }

  @Test
  void mirCardsInIssueNoteThatTheMarketBoundDrivesTheFan() {
    Forecast.Fitted f = (Forecast.Fitted) forecast("mir-cards", "cards-in-issue").forecast();
    assertThat(f.notes())
        .anyMatch(n -> n.startsWith("the fitted market size sits at its upper bound (496)"));
  }

  @Test
  void thinSeriesAreRefusedSayingHowManyPointsAreNeeded() {
    assertThat(refusal("mir-cards", "users-share"))
        .isEqualTo(
            "mir-cards/users-share has 1 observation; a forecast needs at least 5 (a curve with k"
                + " parameters needs k + 3 points for AICc to be defined and residuals to resample)");
    assertThat(refusal("mir-cards", "payments-share"))
        .startsWith("mir-cards/payments-share has 4 observations; a forecast needs at least 5");
    assertThat(refusal("max-messenger", "monthly-audience"))
        .startsWith(
            "max-messenger/monthly-audience has 2 observations; a forecast needs at least 6");
    assertThat(refusal("domestic-processors", null))
        .startsWith("domestic-processors/state-purchase-share has 0 observations");
    assertThat(refusal("state-software", "foreign-share"))
        .startsWith("state-software/foreign-share has 2 observations");
  }

  private static String refusal(String programme, String series) {
    return ((Forecast.Refused) forecast(programme, series).forecast()).reason();
  }
}
