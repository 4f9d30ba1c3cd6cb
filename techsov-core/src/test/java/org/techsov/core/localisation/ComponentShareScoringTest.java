package org.techsov.core.localisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.TestBom;

class ComponentShareScoringTest {
  /** FAR 25.101 as amended by 87 FR 12780: more than 60 %, 65 % from 2024, 75 % from 2029. */
  private static TestRules buyAmerican() {
    Schedule schedule =
        new Schedule(
            List.of(
                new Schedule.Step(LocalDate.of(2022, 10, 25), 60),
                new Schedule.Step(LocalDate.of(2024, 1, 1), 65),
                new Schedule.Step(LocalDate.of(2029, 1, 1), 75)));
    return TestRules.valueShare(ScoringMethod.COMPONENT_COST_SHARE, "USA")
        .threshold(schedule)
        .strictly()
        .mandatory(ConditionKind.PRODUCT_MADE_IN_TERRITORY, "", 0);
  }

  /** Domestic components cost {@code domestic} out of 100; a sub-component does not count. */
  private static Bom pump(String origin, double domestic) {
    return TestBom.product("PUMP", origin, 150)
        .part("PUMP", "HOUSING", 1, "USA", domestic)
        .part("HOUSING", "CASTING", 1, "CHN", domestic / 2)
        .part("PUMP", "MOTOR", 1, "MEX", 100 - domestic)
        .build();
  }

  private static boolean passes(double domestic, LocalDate date) {
    return buyAmerican().score(pump("USA", domestic), date).passed();
  }

  @Test
  void shareCountsDirectComponentsMadeInTheTerritory() {
    LocalisationResult r = buyAmerican().score(pump("USA", 62), LocalDate.of(2023, 6, 1));
    assertThat(r.score()).isCloseTo(62.0, within(1e-9));
    assertThat(r.explanation()).noneSatisfy(e -> assertThat(e.subject()).isEqualTo("CASTING"));
  }

  @Test
  void thresholdsRiseFromSixtyToSixtyFiveToSeventyFive() {
    assertThat(passes(62, LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(passes(62, LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(passes(70, LocalDate.of(2028, 12, 31))).isTrue();
    assertThat(passes(70, LocalDate.of(2029, 1, 1))).isFalse();
    assertThat(passes(76, LocalDate.of(2029, 1, 1))).isTrue();
  }

  @Test
  void exactlySixtyPercentDoesNotExceedSixty() {
    assertThat(passes(60, LocalDate.of(2023, 1, 1))).isFalse();
    assertThat(passes(60.5, LocalDate.of(2023, 1, 1))).isTrue();
  }

  @Test
  void productNotManufacturedInTheTerritoryFailsWhateverTheShare() {
    LocalisationResult r = buyAmerican().score(pump("CAN", 100), LocalDate.of(2023, 1, 1));
    assertThat(r.score()).isCloseTo(100.0, within(1e-9));
    assertThat(r.passed()).isFalse();
  }
}
