package org.techsov.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelChoiceTest {
  private static final ForecastOptions QUICK = new ForecastOptions(2030, 20, 3);

  @Test
  void aiccPicksBassOnCleanBassData() {
    List<DataPoint> data =
        Simulated.levels(
            BassCurve.withFreeMarket(2000.0), new double[] {100, 0.02, 0.5}, 2001, 1, 15, 0.01, 21);
    assertThat(chosen(new ForecastInput("b", data, ForecastShape.LEVEL, 2000.0, 500)))
        .isEqualTo(GrowthModel.BASS);
  }

  @Test
  void aiccPicksLogisticOnCleanLogisticData() {
    List<DataPoint> data =
        Simulated.levels(
            LogisticCurve.withFreeCeiling(), new double[] {100, 0.6, 2010}, 2001, 1, 15, 0.01, 22);
    assertThat(chosen(new ForecastInput("l", data, ForecastShape.LEVEL, 2000.0, 500)))
        .isEqualTo(GrowthModel.LOGISTIC);
  }

  @Test
  void aiccPicksGompertzOnCleanGompertzData() {
    List<DataPoint> data =
        Simulated.levels(
            GompertzCurve.withFreeCeiling(2001), new double[] {100, 3, 0.3}, 2001, 1, 15, 0.01, 23);
    assertThat(chosen(new ForecastInput("g", data, ForecastShape.LEVEL, 2000.0, 500)))
        .isEqualTo(GrowthModel.GOMPERTZ);
  }

  @Test
  void aiccPicksFisherPryOnCleanSubstitutionShares() {
    List<DataPoint> data =
        Simulated.shares(new LogisticCurve(1), new double[] {0.45, 2019}, 2012, 1, 10, 0.005, 24);
    assertThat(chosen(new ForecastInput("s", data, ForecastShape.SHARE_RISING, 2010.0, 1)))
        .isEqualTo(GrowthModel.LOGISTIC);
  }

  @Test
  void aiccPicksGompertzOnCleanGompertzShares() {
    List<DataPoint> data =
        Simulated.shares(
            new GompertzCurve(1, 2012), new double[] {3, 0.25}, 2012, 1, 10, 0.005, 25);
    assertThat(chosen(new ForecastInput("s", data, ForecastShape.SHARE_RISING, 2010.0, 1)))
        .isEqualTo(GrowthModel.GOMPERTZ);
  }

  @Test
  void weightsOfTheCandidatesSumToOne() {
    List<DataPoint> data =
        Simulated.levels(
            BassCurve.withFreeMarket(2000.0), new double[] {100, 0.02, 0.5}, 2001, 1, 12, 1, 26);
    Forecast.Fitted f =
        CurveRecoveryTest.fitted(new ForecastInput("b", data, ForecastShape.LEVEL, 2000.0, 500));
    assertThat(f.candidates()).hasSize(3);
    assertThat(f.candidates().stream().mapToDouble(ModelFit::weight).sum())
        .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(f.candidates().get(0).aicc()).isLessThanOrEqualTo(f.candidates().get(1).aicc());
  }

  private static GrowthModel chosen(ForecastInput input) {
    Forecast f = DiffusionForecaster.forecast(input, List.of(), QUICK);
    return ((Forecast.Fitted) f).chosen().model();
  }
}
