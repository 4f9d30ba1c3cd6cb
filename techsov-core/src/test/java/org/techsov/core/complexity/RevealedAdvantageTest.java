package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevealedAdvantageTest {
  // A: 6 2 2, B: 0 5 5, C: 4 3 3; every row and column totals 10, the world 30.
  private static final ExportMatrix THREE =
      new ExportMatrix(
          2020,
          List.of("A", "B", "C"),
          List.of("p", "q", "r"),
          new double[] {6, 2, 2, 0, 5, 5, 4, 3, 3});

  @Test
  void rcaIsTheShareInTheCountryOverTheShareInTheWorld() {
    ComplexityResult r = EconomicComplexity.compute(THREE, ComplexityOptions.defaults());
    // (6/10) / (10/30) = 1.8; (2/10) / (10/30) = 0.6; (5/10) / (10/30) = 1.5; (3/10) / ... = 0.9
    assertThat(r.rca(0, 0)).isCloseTo(1.8, within(1e-15));
    assertThat(r.rca(0, 1)).isCloseTo(0.6, within(1e-15));
    assertThat(r.rca(1, 0)).isZero();
    assertThat(r.rca(1, 2)).isCloseTo(1.5, within(1e-15));
    assertThat(r.rca(2, 0)).isCloseTo(1.2, within(1e-15));
    assertThat(r.rca(2, 1)).isCloseTo(0.9, within(1e-15));
  }

  @Test
  void presenceDiversityAndUbiquityFollowFromRca() {
    ComplexityResult r = EconomicComplexity.compute(THREE, ComplexityOptions.defaults());
    assertThat(new boolean[] {r.mcp(0, 0), r.mcp(0, 1), r.mcp(1, 1), r.mcp(1, 2), r.mcp(2, 0)})
        .containsExactly(true, false, true, true, true);
    assertThat(new int[] {r.diversity(0), r.diversity(1), r.diversity(2)}).containsExactly(1, 2, 1);
    assertThat(new int[] {r.ubiquity(0), r.ubiquity(1), r.ubiquity(2)}).containsExactly(2, 1, 1);
  }

  @Test
  void rcaExactlyAtTheThresholdCountsWithAtLeastButNotWithAbove() {
    // identical countries: every RCA is exactly (1/2) / (2/4) = 1
    ExportMatrix twins =
        new ExportMatrix(2020, List.of("A", "B"), List.of("p", "q"), new double[] {1, 1, 1, 1});
    ComplexityResult atLeast = EconomicComplexity.compute(twins, ComplexityOptions.defaults());
    ComplexityResult above =
        EconomicComplexity.compute(
            twins, ComplexityOptions.defaults().withThresholdRule(ThresholdRule.ABOVE));
    assertThat(atLeast.rca(0, 0)).isEqualTo(1.0);
    assertThat(atLeast.mcp(0, 0)).isTrue();
    assertThat(above.mcp(0, 0)).isFalse();
    assertThat(above.unrankedCountries()).containsExactly("A", "B");
    assertThat(above.unrankedProducts()).containsExactly("p", "q");
  }

  @Test
  void rpopIsExportsPerPersonOverTheWorldsAndRcaOrRpopIsTheUnion() {
    Population pop = new Population(Map.of("A", 1.0, "B", 2.0, "C", 3.0));
    ComplexityResult r =
        EconomicComplexity.compute(
            THREE, pop, ComplexityOptions.defaults().withPresenceTest(PresenceTest.RPOP));
    // (6 / 1) / (10 / 6) = 3.6; (5 / 2) / (10 / 6) = 1.5; (3 / 3) / (10 / 6) = 0.6
    assertThat(r.rpop(0, 0)).isCloseTo(3.6, within(1e-15));
    assertThat(r.rpop(1, 1)).isCloseTo(1.5, within(1e-15));
    assertThat(r.rpop(2, 2)).isCloseTo(0.6, within(1e-15));
    assertThat(r.mcp(0, 1)).isTrue(); // (2 / 1) / (10 / 6) = 1.2
    assertThat(r.mcp(2, 0)).isFalse(); // (4 / 3) / (10 / 6) = 0.8
    ComplexityResult union =
        EconomicComplexity.compute(
            THREE, pop, ComplexityOptions.defaults().withPresenceTest(PresenceTest.RCA_OR_RPOP));
    assertThat(union.mcp(2, 0)).isTrue(); // RCA 1.2
    assertThat(union.mcp(0, 1)).isTrue(); // RPOP 1.2
    assertThat(union.mcp(2, 1)).isFalse(); // RCA 0.9, RPOP 0.6
  }
}
