package org.techsov.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.stats.LeastSquaresFit;

/**
 * The P10-P90 band of the residual bootstrap should contain the true curve about 80% of the time.
 * Each replication draws a fresh seeded series from a known curve, fits the true family and checks
 * whether the band at a later time contains the true value. With 200 replications the standard
 * error of the coverage is sqrt(0.8 * 0.2 / 200) = 0.028, so 0.80 +/- 0.08 is almost three of them.
 */
class BootstrapCoverageTest {
  private static final int REPLICATIONS = 200;
  private static final int RESAMPLES = 200;

  @Test
  void fisherPryBandCoversTheTrueShareAboutEightyPercentOfTheTime() {
    LogisticCurve truth = new LogisticCurve(1);
    double[] params = {0.5, 2020};
    int covered = 0;
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      List<DataPoint> data = Simulated.shares(truth, params, 2012, 1, 12, 0.2, 1000 + rep);
      FitProblem problem = problem(data, true);
      CurveSpec logistic = problem.spec();
      FanPoint band = band(problem, logistic, 2025.0, rep);
      double actual = truth.value(params, 2025.0);
      covered += band.p10() <= actual && actual <= band.p90() ? 1 : 0;
    }
    assertThat(covered / (double) REPLICATIONS).isBetween(0.72, 0.88);
  }

  @Test
  void bassBandCoversTheTrueLevelAboutEightyPercentOfTheTime() {
    BassCurve truth = BassCurve.withFreeMarket(2000.0);
    double[] params = {100, 0.02, 0.5};
    int covered = 0;
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      List<DataPoint> data = Simulated.levels(truth, params, 2001, 1, 15, 1.0, 5000 + rep);
      FitProblem problem = problem(data, false);
      FanPoint band = band(problem, problem.spec(), 2017.0, rep);
      double actual = truth.value(params, 2017.0);
      covered += band.p10() <= actual && actual <= band.p90() ? 1 : 0;
    }
    assertThat(covered / (double) REPLICATIONS).isBetween(0.72, 0.88);
  }

  private static FitProblem problem(List<DataPoint> data, boolean share) {
    double[] t = data.stream().mapToDouble(DataPoint::time).toArray();
    double[] y = data.stream().mapToDouble(DataPoint::value).toArray();
    if (share) {
      CurveSpec spec = CandidateCurves.forShares(t, y, Double.NaN, 1).get(0);
      return new FitProblem(spec, t, y, FitScale.LOGIT, 1);
    }
    CurveSpec spec = CandidateCurves.forLevels(t, y, 2000.0, 300).get(0);
    return new FitProblem(spec, t, y, FitScale.LEVEL, Double.NaN);
  }

  private static FanPoint band(FitProblem problem, CurveSpec spec, double at, long seed) {
    LeastSquaresFit fit = CurveFitter.fit(problem);
    List<double[]> draws = ResidualBootstrap.draws(problem, fit.params(), RESAMPLES, seed);
    return new FanBuilder(spec.curve(), draws, ForecastShape.LEVEL, Double.NaN).at(at);
  }
}
