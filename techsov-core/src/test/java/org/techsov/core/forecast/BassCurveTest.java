package org.techsov.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class BassCurveTest {
  @Test
  void closedFormMatchesHandComputation() {
    // p = 0.03, q = 0.38, tau = 5: e^{-2.05} = 0.1287349; F = 0.8712651 / (1 + 12.6667 * 0.1287349)
    assertThat(BassCurve.fraction(0.03, 0.38, 5)).isCloseTo(0.3311986, within(1e-7));
    assertThat(BassCurve.fraction(0.03, 0.38, 0)).isZero();
    assertThat(BassCurve.fraction(0.03, 0.38, -1)).isZero();
    assertThat(BassCurve.fraction(0.03, 0.38, 200)).isCloseTo(1, within(1e-12));
  }

  @Test
  void peakTimeIsLogOfQOverPDividedByPPlusQ() {
    // ln(0.38 / 0.03) / 0.41 = 2.5389738 / 0.41 = 6.1926192
    double peak = BassCurve.peakTime(0.03, 0.38);
    assertThat(peak).isCloseTo(6.1926192, within(1e-7));
    // at the peak the fraction adopted is (q - p) / (2q) = 0.35 / 0.76
    assertThat(BassCurve.fraction(0.03, 0.38, peak)).isCloseTo(0.35 / 0.76, within(1e-12));
    // and adoption per year is highest there
    double atPeak = BassCurve.rate(100, 0.03, 0.38, peak);
    assertThat(BassCurve.rate(100, 0.03, 0.38, peak - 0.1)).isLessThan(atPeak);
    assertThat(BassCurve.rate(100, 0.03, 0.38, peak + 0.1)).isLessThan(atPeak);
    assertThat(BassCurve.peakTime(0.4, 0.3)).isNaN();
  }

  @Test
  void rateIsTheDerivativeOfTheCumulativeCurve() {
    double h = 1e-6;
    double numeric =
        100
            * (BassCurve.fraction(0.02, 0.5, 4 + h) - BassCurve.fraction(0.02, 0.5, 4 - h))
            / (2 * h);
    assertThat(BassCurve.rate(100, 0.02, 0.5, 4)).isCloseTo(numeric, within(1e-6));
  }

  @Test
  void curveCountsTimeFromLaunchAndScalesByMarket() {
    BassCurve curve = BassCurve.withFreeMarket(2015.0);
    assertThat(curve.value(new double[] {200, 0.03, 0.38}, 2020.0))
        .isCloseTo(200 * 0.3311986, within(1e-5));
    assertThat(new BassCurve(2015.0, 100).value(new double[] {0.03, 0.38}, 2020.0))
        .isCloseTo(33.11986, within(1e-5));
  }

  @Test
  void fractionRisesFromZeroTowardsOneForAnyPositiveCoefficients() {
    qt().forAll(
            doubles().between(1e-4, 0.5),
            doubles().between(0, 3),
            doubles().between(0, 30),
            doubles().between(0, 5))
        .checkAssert(
            (p, q, tau, step) -> {
              double f = BassCurve.fraction(p, q, tau);
              assertThat(f).isBetween(0.0, 1.0);
              assertThat(BassCurve.fraction(p, q, tau + step)).isGreaterThanOrEqualTo(f - 1e-12);
            });
  }
}
