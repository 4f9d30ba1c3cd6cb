package org.techsov.core.localisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.TestBom;
import org.techsov.core.error.TechsovException;

class ValueShareScoringTest {
  private static final String[] USMCA = {"USA", "CAN", "MEX"};

  /** A good with transaction value 10,000: 3,500 of non-originating and 4,000 of originating. */
  private static Bom good() {
    return TestBom.product("GOOD", "USA", 10_000)
        .part("GOOD", "FOREIGN", 1, "DEU", 2_500)
        .part("GOOD", "UNKNOWN", 1, null, 1_000)
        .part("GOOD", "LOCAL", 2, "MEX", 2_000)
        .valuation(10_000.0, 8_000.0)
        .build();
  }

  @Test
  void transactionValueMethodIsBuildDown() {
    // (TV - VNM) / TV = (10,000 - 3,500) / 10,000; the undetermined origin counts as VNM
    LocalisationResult r =
        TestRules.valueShare(ScoringMethod.BUILD_DOWN, USMCA).threshold(60).score(good());
    assertThat(r.score()).isCloseTo(65.0, within(1e-9));
    assertThat(r.passed()).isTrue();
    assertThat(r.explanation())
        .anySatisfy(
            e -> {
              assertThat(e.subject()).isEqualTo("UNKNOWN");
              assertThat(e.kind()).isEqualTo(ExplanationKind.COMPONENT_FOREIGN);
              assertThat(e.reason()).contains("undetermined");
            });
  }

  @Test
  void netCostMethodDividesByNetCost() {
    // (NC - VNM) / NC = (8,000 - 3,500) / 8,000
    LocalisationResult r =
        TestRules.valueShare(ScoringMethod.NET_COST, USMCA).threshold(50).score(good());
    assertThat(r.score()).isCloseTo(56.25, within(1e-9));
    assertThat(r.passed()).isTrue();
  }

  @Test
  void buildUpCountsOriginatingMaterialsOnly() {
    // VOM / AV = 2 x 2,000 / 10,000
    LocalisationResult r =
        TestRules.valueShare(ScoringMethod.BUILD_UP, USMCA).threshold(35).score(good());
    assertThat(r.score()).isCloseTo(40.0, within(1e-9));
  }

  @Test
  void netCostMethodWithoutNetCostNamesTheMissingField() {
    Bom noNetCost = TestBom.product("G", "USA", 10).part("G", "A", 1, "USA", 1).build();
    assertThatThrownBy(
            () ->
                TestRules.valueShare(ScoringMethod.NET_COST, USMCA).threshold(50).score(noNetCost))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("net_cost");
  }

  /**
   * Product worth 100: an intermediate made in the US worth 60 (20 of German steel inside, so its
   * own content is (60 - 20) / 60 = 66.7 %) and 30 of Chinese parts.
   */
  private static Bom withIntermediate() {
    return TestBom.product("CAR", "USA", 100)
        .part("CAR", "ENGINE", 1, "USA", 60)
        .part("ENGINE", "STEEL", 1, "DEU", 20)
        .part("CAR", "PARTS", 1, "CHN", 30)
        .build();
  }

  @Test
  void rollUpCountsAnOriginatingIntermediateWhole() {
    LocalisationResult rolled =
        TestRules.valueShare(ScoringMethod.BUILD_DOWN, USMCA)
            .threshold(60)
            .rollUp()
            .score(withIntermediate());
    // VNM = 30 only: the steel inside the originating engine is not counted
    assertThat(rolled.score()).isCloseTo(70.0, within(1e-9));
    assertThat(rolled.explanation())
        .anySatisfy(
            e -> {
              assertThat(e.subject()).isEqualTo("ENGINE");
              assertThat(e.reason()).contains("roll-up");
              assertThat(e.amount()).isEqualTo(60);
            })
        .noneSatisfy(e -> assertThat(e.subject()).isEqualTo("STEEL"));
  }

  @Test
  void withoutRollUpTheIntermediatesMaterialsAreTraced() {
    LocalisationResult traced =
        TestRules.valueShare(ScoringMethod.BUILD_DOWN, USMCA)
            .threshold(60)
            .score(withIntermediate());
    // VNM = 30 + 20
    assertThat(traced.score()).isCloseTo(50.0, within(1e-9));
    assertThat(traced.passed()).isFalse();
  }

  @Test
  void intermediateBelowTheThresholdIsNotRolledUp() {
    Bom weak =
        TestBom.product("CAR", "USA", 100)
            .part("CAR", "ENGINE", 1, "USA", 60)
            .part("ENGINE", "STEEL", 1, "DEU", 30)
            .part("CAR", "PARTS", 1, "CHN", 30)
            .build();
    // engine's own content (60 - 30) / 60 = 50 % < 60 %: its steel counts, VNM = 60
    assertThat(
            TestRules.valueShare(ScoringMethod.BUILD_DOWN, USMCA)
                .threshold(60)
                .rollUp()
                .score(weak)
                .score())
        .isCloseTo(40.0, within(1e-9));
  }

  @Test
  void assemblyMadeAbroadCountsWhollyAsNonOriginating() {
    Bom b =
        TestBom.product("P", "USA", 100)
            .part("P", "MODULE", 1, "JPN", 40)
            .part("MODULE", "CHIP", 1, "USA", 30)
            .build();
    assertThat(TestRules.valueShare(ScoringMethod.BUILD_DOWN, USMCA).threshold(60).score(b).score())
        .isCloseTo(60.0, within(1e-9));
  }

  @Test
  void regionalValueContentExactlyAtThresholdPasses() {
    Bom b = TestBom.product("P", "USA", 100).part("P", "X", 1, "CHN", 40).build();
    LocalisationResult r =
        TestRules.valueShare(ScoringMethod.BUILD_DOWN, USMCA).threshold(60).score(b);
    assertThat(r.score()).isCloseTo(60.0, within(1e-9));
    assertThat(r.passed()).isTrue();
  }

  private static Bom indian(double imported) {
    return TestBom.product("PUMP", "IND", 100)
        .part("PUMP", "MOTOR", 1, "CHN", imported)
        .part("PUMP", "CASING", 1, "IND", 10)
        .build();
  }

  private static TestRules india() {
    return TestRules.valueShare(ScoringMethod.BUILD_DOWN, "IND")
        .level("Class-II", 20)
        .level("Class-I", 50);
  }

  @Test
  void indianLocalContentClassesAtTheirBoundaries() {
    assertThat(india().score(indian(50)).level()).isEqualTo("Class-I");
    assertThat(india().score(indian(50.01)).level()).isEqualTo("Class-II");
    assertThat(india().score(indian(80)).level()).isEqualTo("Class-II");
    LocalisationResult nonLocal = india().score(indian(80.01));
    assertThat(nonLocal.level()).isNull();
    assertThat(nonLocal.passed()).isFalse();
  }
}
