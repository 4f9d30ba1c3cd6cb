package org.techsov.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiffusionForecasterTest {
  private static final ForecastOptions OPTIONS = new ForecastOptions(2026, 200, 42);

  @Test
  void refusesAShareWithFourPointsAndSaysFiveAreNeeded() {
    List<DataPoint> four =
        List.of(
            new DataPoint(2020, 10),
            new DataPoint(2021, 14),
            new DataPoint(2022, 20),
            new DataPoint(2023, 27));
    Forecast f =
        DiffusionForecaster.forecast(
            new ForecastInput("mir/payments", four, ForecastShape.SHARE_RISING, Double.NaN, 100),
            List.of(),
            OPTIONS);
    assertThat(f).isInstanceOf(Forecast.Refused.class);
    Forecast.Refused r = (Forecast.Refused) f;
    assertThat(r.observations()).isEqualTo(4);
    assertThat(r.needed()).isEqualTo(5);
    assertThat(r.reason()).contains("mir/payments has 4 observations; a forecast needs at least 5");
  }

  @Test
  void refusesALevelWithFivePointsAndEmptySeriesAlike() {
    List<DataPoint> five =
        Simulated.levels(
            LogisticCurve.withFreeCeiling(), new double[] {100, 1, 2020}, 2018, 1, 5, 0, 1);
    Forecast f =
        DiffusionForecaster.forecast(
            new ForecastInput("x", five, ForecastShape.LEVEL, Double.NaN, 200), List.of(), OPTIONS);
    assertThat(((Forecast.Refused) f).needed()).isEqualTo(6);
    Forecast none =
        DiffusionForecaster.forecast(
            new ForecastInput("y", List.of(), ForecastShape.LEVEL, Double.NaN, 200),
            List.of(),
            OPTIONS);
    assertThat(((Forecast.Refused) none).reason()).contains("y has 0 observations");
    Forecast one =
        DiffusionForecaster.forecast(
            new ForecastInput(
                "z", List.of(new DataPoint(2021, 42)), ForecastShape.SHARE_RISING, Double.NaN, 100),
            List.of(),
            OPTIONS);
    assertThat(((Forecast.Refused) one).reason()).contains("z has 1 observation;");
  }

  @Test
  void exactFisherPryDataGiveCertainOutlooksAndHandCheckedCrossings() {
    // log-odds 0.5 (t - 2020): 50% at 2020.0, 88.0797% (log-odds 2) at 2024.0
    List<DataPoint> data =
        Simulated.shares(new LogisticCurve(1), new double[] {0.5, 2020}, 2014, 1, 8, 0, 1).stream()
            .map(d -> new DataPoint(d.time(), 100 * d.value()))
            .toList();
    // thresholds a little below the exact values, so that the monthly search lands on the month
    Threshold half = new Threshold("half", 49.9, 2021.0);
    Threshold high = new Threshold("high", 88.0, 2023.0);
    Forecast.Fitted f =
        (Forecast.Fitted)
            DiffusionForecaster.forecast(
                new ForecastInput("s", data, ForecastShape.SHARE_RISING, Double.NaN, 100),
                List.of(half, high),
                OPTIONS);
    assertThat(f.chosen().model()).isEqualTo(GrowthModel.LOGISTIC);
    ThresholdOutlook h = f.outlooks().get(0);
    assertThat(h.probability()).isEqualTo(1.0);
    assertThat(h.p50Crossing()).isCloseTo(2020.0, within(1e-9));
    ThresholdOutlook g = f.outlooks().get(1);
    assertThat(g.probability()).isEqualTo(0.0);
    assertThat(g.p50Crossing()).isCloseTo(2024.0, within(1e-9));
    // the fan at the end of 2026 (t = 2027): log-odds 3.5, share 97.0688%
    FanPoint last = f.fan().get(f.fan().size() - 1);
    assertThat(last.time()).isEqualTo(2027.0);
    assertThat(last.p50()).isCloseTo(97.0688, within(1e-3));
  }

  @Test
  void aLevelAboveTheFittedCeilingIsNeverCrossed() {
    List<DataPoint> data =
        Simulated.levels(
            LogisticCurve.withFreeCeiling(), new double[] {100, 0.8, 2015}, 2010, 1, 12, 0.5, 3);
    Forecast.Fitted f =
        (Forecast.Fitted)
            DiffusionForecaster.forecast(
                new ForecastInput("l", data, ForecastShape.LEVEL, Double.NaN, 120),
                List.of(new Threshold("too-high", 150, 2030)),
                OPTIONS);
    ThresholdOutlook o = f.outlooks().get(0);
    assertThat(o.probability()).isZero();
    assertThat(o.p50Crosses()).isFalse();
  }

  @Test
  void fallingShareIsForecastAsTheIncumbentsShare() {
    // the incumbent's share falls as the substitute's log-odds rise 0.4 per year from 2018
    List<DataPoint> data =
        Simulated.shares(new LogisticCurve(1), new double[] {0.4, 2018}, 2012, 1, 9, 0.05, 8)
            .stream()
            .map(d -> new DataPoint(d.time(), 100 * (1 - d.value())))
            .toList();
    Forecast.Fitted f =
        (Forecast.Fitted)
            DiffusionForecaster.forecast(
                new ForecastInput("foreign", data, ForecastShape.SHARE_FALLING, Double.NaN, 100),
                List.of(new Threshold("ten-percent", 10, 2030)),
                OPTIONS);
    for (FanPoint p : f.fan()) {
      assertThat(p.p10()).isLessThanOrEqualTo(p.p50());
      assertThat(p.p50()).isLessThanOrEqualTo(p.p90());
    }
    assertThat(f.fan().get(f.fan().size() - 1).p50()).isLessThan(f.fan().get(0).p50());
    // 10% foreign = log-odds ln 9 = 2.197 for the substitute: t0 + 2.197 / r on the fitted line
    // (truth: 2018 + 2.197 / 0.4 = 2023.49)
    ThresholdOutlook o = f.outlooks().get(0);
    ModelFit line = f.chosen();
    double crossing = line.param("t0") + Math.log(9) / line.param("r");
    assertThat(o.probability()).isGreaterThan(0.95);
    assertThat(o.p50Crossing()).isCloseTo(crossing, within(1.0 / 12 + 0.05));
    assertThat(o.p50Crossing()).isCloseTo(2023.49, within(0.5));
  }

  @Test
  void sameSeedGivesTheSameFan() {
    List<DataPoint> data =
        Simulated.levels(
            BassCurve.withFreeMarket(2015.0), new double[] {300, 0.02, 0.6}, 2016, 0.5, 14, 3, 9);
    ForecastInput input = new ForecastInput("b", data, ForecastShape.LEVEL, 2015.0, 500);
    Forecast a = DiffusionForecaster.forecast(input, List.of(), OPTIONS);
    Forecast b = DiffusionForecaster.forecast(input, List.of(), OPTIONS);
    assertThat(((Forecast.Fitted) a).fan()).isEqualTo(((Forecast.Fitted) b).fan());
    assertThat(((Forecast.Fitted) a).bootstrap().succeeded()).isEqualTo(200);
  }

  @Test
  void missingMarketBoundIsNotedAsAHeuristic() {
    List<DataPoint> data =
        Simulated.levels(
            LogisticCurve.withFreeCeiling(), new double[] {100, 0.8, 2015}, 2010, 1, 10, 0.5, 4);
    Forecast.Fitted f =
        (Forecast.Fitted)
            DiffusionForecaster.forecast(
                new ForecastInput("l", data, ForecastShape.LEVEL, Double.NaN, Double.NaN),
                List.of(),
                OPTIONS);
    assertThat(f.notes()).anyMatch(n -> n.startsWith("[heuristic] no addressable market"));
    assertThat(f.notes()).contains("Bass not fitted: the series has no launch date");
  }

  @Test
  void decimalYearsRoundTripThroughDates() {
    assertThat(DecimalYear.of(java.time.LocalDate.of(2021, 1, 1))).isEqualTo(2021.0);
    // 2 July is day 183: (183 - 1) / 365 = 0.4986
    assertThat(DecimalYear.of(java.time.LocalDate.of(2021, 7, 2)))
        .isCloseTo(2021.4986, within(1e-4));
    assertThat(DecimalYear.toDate(2021.4987)).isEqualTo(java.time.LocalDate.of(2021, 7, 2));
  }
}
