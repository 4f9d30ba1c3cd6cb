package org.techsov.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurveRecoveryTest {
  private static final ForecastOptions QUICK = new ForecastOptions(2030, 50, 7);

  @Test
  void bassFitRecoversParametersFromNoisyLevels() {
    BassCurve truth = BassCurve.withFreeMarket(2000.0);
    double[] params = {100, 0.02, 0.5};
    List<DataPoint> data = Simulated.levels(truth, params, 2001, 1, 20, 0.5, 11);
    Forecast.Fitted f = fitted(new ForecastInput("bass", data, ForecastShape.LEVEL, 2000.0, 300));
    ModelFit bass = candidate(f, GrowthModel.BASS);
    assertThat(bass.param("m")).isCloseTo(100, within(3.0));
    assertThat(bass.param("p")).isCloseTo(0.02, within(0.005));
    assertThat(bass.param("q")).isCloseTo(0.5, within(0.05));
  }

  @Test
  void logisticFitRecoversCeilingRateAndMidpoint() {
    double[] params = {250, 0.8, 2012};
    List<DataPoint> data =
        Simulated.levels(LogisticCurve.withFreeCeiling(), params, 2005, 0.5, 24, 1.5, 12);
    Forecast.Fitted f =
        fitted(new ForecastInput("logistic", data, ForecastShape.LEVEL, Double.NaN, 1000));
    ModelFit logistic = candidate(f, GrowthModel.LOGISTIC);
    assertThat(logistic.param("K")).isCloseTo(250, within(5.0));
    assertThat(logistic.param("r")).isCloseTo(0.8, within(0.05));
    assertThat(logistic.param("t0")).isCloseTo(2012, within(0.2));
  }

  @Test
  void gompertzFitRecoversCeilingAndRates() {
    double[] params = {80, 4, 0.35};
    List<DataPoint> data =
        Simulated.levels(GompertzCurve.withFreeCeiling(2001), params, 2001, 1, 20, 0.4, 13);
    Forecast.Fitted f =
        fitted(new ForecastInput("gompertz", data, ForecastShape.LEVEL, Double.NaN, 400));
    ModelFit gompertz = candidate(f, GrowthModel.GOMPERTZ);
    assertThat(gompertz.param("K")).isCloseTo(80, within(2.0));
    assertThat(gompertz.param("b")).isCloseTo(4, within(0.3));
    assertThat(gompertz.param("c")).isCloseTo(0.35, within(0.03));
  }

  @Test
  void fisherPryFitIsAStraightLineInLogOdds() {
    // shares whose log-odds are exactly 0.5 (t - 2020): the fit must return r = 0.5, t0 = 2020
    List<DataPoint> data =
        Simulated.shares(new LogisticCurve(1), new double[] {0.5, 2020}, 2014, 1, 8, 0, 1);
    List<DataPoint> percent =
        data.stream().map(d -> new DataPoint(d.time(), 100 * d.value())).toList();
    Forecast.Fitted f =
        fitted(
            new ForecastInput("fisher-pry", percent, ForecastShape.SHARE_RISING, Double.NaN, 100));
    ModelFit logistic = candidate(f, GrowthModel.LOGISTIC);
    assertThat(logistic.param("r")).isCloseTo(0.5, within(1e-6));
    assertThat(logistic.param("t0")).isCloseTo(2020, within(1e-5));
    assertThat(logistic.sse()).isLessThan(1e-12);
    // hand check: at 2024, log-odds 2, share = 1 / (1 + e^-2) = 88.0797%
    assertThat(logistic.valueAt(2024)).isCloseTo(88.0797, within(1e-3));
  }

  @Test
  void logitSpaceFitWeighsSmallSharesAsMuchAsLargeOnes() {
    // noisy log-odds around 0.4 (t - 2021); the estimate matches OLS of log-odds on time
    List<DataPoint> data =
        Simulated.shares(new LogisticCurve(1), new double[] {0.4, 2021}, 2012, 1, 12, 0.2, 5);
    double[] t = data.stream().mapToDouble(DataPoint::time).toArray();
    double[] z = data.stream().mapToDouble(d -> Math.log(d.value() / (1 - d.value()))).toArray();
    var ols = org.techsov.core.stats.LinearRegression.line(t, z);
    Forecast.Fitted f =
        fitted(new ForecastInput("share", data, ForecastShape.SHARE_RISING, Double.NaN, 1));
    ModelFit logistic = candidate(f, GrowthModel.LOGISTIC);
    assertThat(logistic.param("r")).isCloseTo(ols.coefficient(1), within(1e-7));
    assertThat(logistic.param("t0"))
        .isCloseTo(-ols.coefficient(0) / ols.coefficient(1), within(1e-5));
  }

  static Forecast.Fitted fitted(ForecastInput input) {
    Forecast f = DiffusionForecaster.forecast(input, List.of(), QUICK);
    assertThat(f).isInstanceOf(Forecast.Fitted.class);
    return (Forecast.Fitted) f;
  }

  static ModelFit candidate(Forecast.Fitted f, GrowthModel model) {
    return f.candidates().stream().filter(c -> c.model() == model).findFirst().orElseThrow();
  }
}
