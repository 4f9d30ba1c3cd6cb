package org.techsov.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void solvesASmallSystemAndReportsSingularity() {
    double[] x = DenseSolver.solve(new double[][] {{2, 1}, {1, 3}}, new double[] {3, 5});
    // 2a + b = 3, a + 3b = 5 -> a = 0.8, b = 1.4
    assertThat(x).containsExactly(new double[] {0.8, 1.4}, within(1e-12));
    assertThat(DenseSolver.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2})).isNull();
  }

  @Test
  void straightLineThroughHandCheckedPoints() {
    // (0,1), (1,3), (2,5), (3,8): slope = Sxy/Sxx = 11.5/5 = 2.3, intercept = 4.25 - 2.3*1.5 = 0.8
    RegressionFit fit = LinearRegression.line(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 8});
    assertThat(fit.coefficient(0)).isCloseTo(0.8, within(1e-12));
    assertThat(fit.coefficient(1)).isCloseTo(2.3, within(1e-12));
    // residuals 0.2, -0.1, -0.4, 0.3 -> 0.04 + 0.01 + 0.16 + 0.09 = 0.30
    assertThat(fit.sse()).isCloseTo(0.30, within(1e-12));
  }

  @Test
  void aiccMatchesHandComputation() {
    // n = 10, k = 2 -> K = 3; SSE = 10 -> AIC = 10 ln 1 + 6 = 6; AICc = 6 + 2*3*4/(10-3-1) = 10
    assertThat(InformationCriteria.aicc(10, 2, 10)).isCloseTo(10, within(1e-12));
    assertThat(InformationCriteria.aicc(4, 2, 1)).isInfinite();
    assertThat(InformationCriteria.minimumObservations(2)).isEqualTo(5);
  }

  @Test
  void akaikeWeightsFavourTheLowerCriterion() {
    // differences 0 and 2: weights 1/(1 + e^-1) and e^-1/(1 + e^-1)
    double[] w = InformationCriteria.weights(new double[] {5, 7, Double.POSITIVE_INFINITY});
    assertThat(w[0]).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-12));
    assertThat(w[1]).isCloseTo(Math.exp(-1) / (1 + Math.exp(-1)), within(1e-12));
    assertThat(w[2]).isZero();
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] v = {4, 1, 3, 2, Double.NaN, 5};
    assertThat(Quantiles.of(v, 0.5)).isEqualTo(3.0);
    // type 7: h = 4 * 0.1 = 0.4 -> 1 + 0.4 * (2 - 1)
    assertThat(Quantiles.of(v, 0.1)).isCloseTo(1.4, within(1e-12));
    assertThat(Quantiles.of(new double[0], 0.5)).isNaN();
  }

  @Test
  void quantilesRiseWithProbabilityAndStayWithinTheData() {
    qt().forAll(
            lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(1, 50),
            doubles().between(0, 1),
            doubles().between(0, 1))
        .checkAssert(
            (values, a, b) -> {
              double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
              double lo = Quantiles.of(v, Math.min(a, b));
              double hi = Quantiles.of(v, Math.max(a, b));
              assertThat(lo).isLessThanOrEqualTo(hi);
              assertThat(lo).isGreaterThanOrEqualTo(Quantiles.of(v, 0));
              assertThat(hi).isLessThanOrEqualTo(Quantiles.of(v, 1));
            });
  }
}
