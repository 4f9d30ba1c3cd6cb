package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PpmlDidTest {
  @Test
  void oneChapterGivesTheLogRatioOfGrowthRates() {
    // listed goods tripled (100 -> 300), controls grew 10% (200 -> 220):
    // beta = ln 3 - ln 1.1 = 1.0986123 - 0.0953102 = 1.0033021
    double beta = PpmlDid.estimate(List.of(new DidStratum(100, 300, 200, 220)));
    assertThat(beta).isCloseTo(1.0033021, within(1e-7));
  }

  @Test
  void chaptersWithTheSameEffectGiveThatEffect() {
    // chapter 85: listed x3, controls x1.1; chapter 90: listed x3 (50 -> 150), controls x1.1
    double beta =
        PpmlDid.estimate(
            List.of(new DidStratum(100, 300, 200, 220), new DidStratum(50, 150, 400, 440)));
    assertThat(beta).isCloseTo(Math.log(3 / 1.1), within(1e-9));
  }

  @Test
  void chaptersWithDifferentEffectsGiveABetaBetweenThemThatFitsTheTreatedTotal() {
    DidStratum a = new DidStratum(100, 300, 200, 220); // beta 1.0033
    DidStratum b = new DidStratum(100, 200, 100, 100); // beta ln 2 = 0.6931
    double beta = PpmlDid.estimate(List.of(a, b));
    assertThat(beta).isBetween(Math.log(2), Math.log(3 / 1.1));
    // the score equations hold: each chapter's and the treated post totals are fitted
    double treatedFit = 0;
    for (DidStratum d : List.of(a, b)) {
      double g = PpmlDid.chapterEffect(d, beta);
      double t = d.treated() * PpmlDid.logistic(g + beta);
      double c = d.control() * PpmlDid.logistic(g);
      assertThat(t + c).isCloseTo(d.post(), within(1e-8));
      treatedFit += t;
    }
    assertThat(treatedFit).isCloseTo(500, within(1e-6));
  }

  @Test
  void theEbrdExtraThirtyPercentIsAboutAQuarterOfALogPoint() {
    double beta = PpmlDid.estimate(List.of(new DidStratum(100, 130, 100, 100)));
    assertThat(beta).isCloseTo(0.2623643, within(1e-7));
  }

  @Test
  void chaptersWithoutControlTradeInBothPeriodsAreLeftOut() {
    assertThat(PpmlDid.estimate(List.of(new DidStratum(100, 300, 0, 220)))).isNaN();
    assertThat(
            PpmlDid.estimate(
                List.of(new DidStratum(100, 300, 200, 220), new DidStratum(10, 90, 5, 0))))
        .isCloseTo(1.0033021, within(1e-7));
  }

  @Test
  void listedGoodsThatVanishOrAppearGiveAnInfiniteEffect() {
    assertThat(PpmlDid.estimate(List.of(new DidStratum(100, 0, 200, 220))))
        .isNegative()
        .isInfinite();
    assertThat(PpmlDid.estimate(List.of(new DidStratum(0, 50, 200, 220))))
        .isPositive()
        .isInfinite();
  }
}
