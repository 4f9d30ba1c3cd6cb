package org.techsov.core.localisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.TestBom;

class PointsScoringTest {
  /** A chip designed and packaged in Russia on Taiwanese wafers, with a Russian lead frame. */
  private static Bom chip() {
    return TestBom.product("CHIP", "RUS", 10)
        .part("CHIP", "DIE", 1, "TWN", 4, "381800")
        .part("CHIP", "FRAME", 1, "RUS", 1, "854190")
        .op("CHIP", "design", "RUS")
        .op("DIE", "wafer_fabrication", "TWN")
        .op("CHIP", "die_packaging", "RUS")
        .op("CHIP", "testing", "RUS")
        .op("CHIP", "branding", "RUS")
        .build();
  }

  private static TestRules microchipRules() {
    return TestRules.points()
        .op("design", 20)
        .op("wafer_fabrication", 40)
        .op("die_packaging", 20)
        .op("testing", 10)
        .op("branding", 0)
        .component("lead frame", "8541", 10)
        .level("L1", 30)
        .level("L2", 60)
        .level("L3", 90)
        .threshold(30);
  }

  @Test
  void pointsAreSummedOnlyForOperationsInTheTerritory() {
    LocalisationResult r = microchipRules().score(chip());
    // design 20 + packaging 20 + testing 10 + branding 0 + lead frame 10; wafers abroad: 0
    assertThat(r.score()).isEqualTo(60);
    assertThat(r.level()).isEqualTo("L2");
    assertThat(r.passed()).isTrue();
    assertThat(r.explanation())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(ExplanationKind.POINTS_REFUSED);
              assertThat(e.subject()).isEqualTo("wafer_fabrication");
              assertThat(e.reason()).contains("TWN").contains("outside");
            })
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(ExplanationKind.COMPONENT_FOREIGN);
              assertThat(e.subject()).isEqualTo("DIE");
            });
  }

  @Test
  void scoreExactlyAtALevelReachesIt() {
    LocalisationResult r = microchipRules().level("L2.5", 60.0).score(chip());
    assertThat(r.level()).isEqualTo("L2.5");
  }

  @Test
  void scoreJustBelowAThresholdFails() {
    LocalisationResult r = microchipRules().threshold(60.5).score(chip());
    assertThat(r.passed()).isFalse();
    assertThat(r.level()).isEqualTo("L2");
  }

  @Test
  void thresholdChangesOnItsEffectiveDay() {
    Schedule s =
        new Schedule(
            List.of(
                new Schedule.Step(LocalDate.of(2025, 1, 1), 60),
                new Schedule.Step(LocalDate.of(2026, 1, 1), 70)));
    TestRules rules = microchipRules().threshold(s);
    assertThat(rules.score(chip(), LocalDate.of(2025, 12, 31)).passed()).isTrue();
    assertThat(rules.score(chip(), LocalDate.of(2026, 1, 1)).passed()).isFalse();
    assertThat(rules.score(chip(), LocalDate.of(2026, 1, 1)).threshold()).hasValue(70);
  }

  @Test
  void surfaceMountPlacementEarns75PointsOnlyOnTheBoard() {
    Bom ecu =
        TestBom.product("ECU", "RUS", 200)
            .part("ECU", "PCBA", 1, "RUS", 120, "853710")
            .part("PCBA", "MCU", 1, "CHN", 30, "854231")
            .op("PCBA", "surface_mount_placement", "RUS")
            .build();
    TestRules rules = TestRules.points().opOn("surface_mount_placement", 75, "8537").threshold(75);
    assertThat(rules.score(ecu).score()).isEqualTo(75);
    TestRules wrongScope =
        TestRules.points().opOn("surface_mount_placement", 75, "8542").threshold(75);
    assertThat(wrongScope.score(ecu).score()).isZero();
  }

  @Test
  void multiplierAppliesOnlyWhenAttested() {
    TestRules rules = microchipRules().multiplier("new_regions", 1.5);
    assertThat(rules.score(chip()).score()).isEqualTo(60);
    Bom attested =
        TestBom.product("CHIP", "RUS", 10)
            .op("CHIP", "design", "RUS")
            .attest("new_regions")
            .build();
    assertThat(rules.score(attested).score()).isEqualTo(30);
  }

  @Test
  void failedMandatoryConditionFailsWhateverTheScore() {
    LocalisationResult r =
        microchipRules().mandatory(ConditionKind.ATTESTATION, "service_centre", 0).score(chip());
    assertThat(r.score()).isEqualTo(60);
    assertThat(r.passed()).isFalse();
    assertThat(r.explanation())
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo(ExplanationKind.CONDITION_FAILED));
  }

  @Test
  void foreignShareCeilingIsAMandatoryCondition() {
    // bought parts: DIE 4 (foreign), FRAME 1 (domestic): 80 % foreign
    assertThat(
            microchipRules()
                .mandatory(ConditionKind.MAX_FOREIGN_MATERIAL_SHARE, "", 80)
                .score(chip())
                .passed())
        .isTrue();
    assertThat(
            microchipRules()
                .mandatory(ConditionKind.MAX_FOREIGN_MATERIAL_SHARE, "", 79.9)
                .score(chip())
                .passed())
        .isFalse();
  }

  @Test
  void productWithOnlyAssemblyAndBrandingAtHomeIsAStampOnTheBox() {
    Bom laptop =
        TestBom.product("LAPTOP", "RUS", 500)
            .part("LAPTOP", "BOARD", 1, "CHN", 300)
            .part("LAPTOP", "CASE", 1, "CHN", 50)
            .part("LAPTOP", "BOX", 1, "RUS", 2)
            .op("LAPTOP", "final_assembly", "RUS")
            .op("LAPTOP", "branding", "RUS")
            .build();
    TestRules generous =
        TestRules.points().op("final_assembly", 100).op("branding", 100).threshold(50);
    LocalisationResult r = generous.score(laptop);
    assertThat(r.passed()).isTrue();
    assertThat(r.stampOnTheBox()).isTrue();
    assertThat(r.explanation())
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo(ExplanationKind.STAMP_ON_THE_BOX));
  }

  @Test
  void productWithASubstantiveOperationAtHomeIsNotAStamp() {
    assertThat(microchipRules().score(chip()).stampOnTheBox()).isFalse();
  }
}
