package org.techsov.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.TechsovException;
import org.techsov.core.localisation.Comparison;
import org.techsov.core.localisation.ConditionKind;
import org.techsov.core.localisation.RuleSet;
import org.techsov.core.localisation.RuleSetVersion;
import org.techsov.core.localisation.ScoringMethod;

class RuleSetYamlReaderTest {
  private static final String GOOD =
      """
      rule_set:
        id: test
        title: Test
      versions:
        - effective_from: 2024-01-01
          effective_until: 2025-01-01
          method: points
          territory: [RUS, BLR]
          threshold:
            - {from: 2024-01-01, value: 10}
            - {from: 2024-07-01, value: 20}
          levels:
            - {name: L1, min: 10}
          mandatory:
            - {id: svc, kind: attestation, argument: service_centre}
            - {id: cap, kind: max_foreign_material_share, limit: 50}
          operations:
            - {operation: Surface-Mount Placement, points: 75, on_hs: "8538"}
          components:
            - {label: board, hs: "8534", points: 5, require: any}
          multipliers:
            - {attestation: new_regions, factor: 1.2}
          stamp: {superficial: [branding], max_domestic_material_share: 5}
          illustrative: true
        - effective_from: 2025-01-01
          method: component_cost_share
          comparison: greater_than
          territory: [USA]
          threshold: 60
      """;

  private static RuleSet read(String yaml) {
    return RuleSetYamlReader.read(new StringReader(yaml), "rules.yaml");
  }

  private static void assertFails(String yaml, String... fragments) {
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(TechsovException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
  }

  @Test
  void readsVersionsSchedulesPointsAndConditions() {
    RuleSet rules = read(GOOD);
    RuleSetVersion first = rules.versionAt(LocalDate.of(2024, 8, 1));
    assertThat(first.threshold().valueAt(LocalDate.of(2024, 8, 1))).hasValue(20);
    assertThat(first.points().operations().get(0).operation()).isEqualTo("surface_mount_placement");
    assertThat(first.points().components().get(0).requireAll()).isFalse();
    assertThat(first.mandatory())
        .extracting(m -> m.kind())
        .containsExactly(ConditionKind.ATTESTATION, ConditionKind.MAX_FOREIGN_MATERIAL_SHARE);
    assertThat(first.stamp().superficialOperations()).containsExactly("branding");
    assertThat(first.illustrative()).isTrue();
    RuleSetVersion second = rules.versionAt(LocalDate.of(2025, 1, 1));
    assertThat(second.method()).isEqualTo(ScoringMethod.COMPONENT_COST_SHARE);
    assertThat(second.comparison()).isEqualTo(Comparison.GREATER_THAN);
  }

  @Test
  void unknownMethodNamesTheLineAndAllowedValues() {
    assertFails(
        GOOD.replace("method: points", "method: pointz"),
        "rules.yaml line 7, field 'method'",
        "points");
  }

  @Test
  void badDateNamesTheLine() {
    assertFails(
        GOOD.replace("from: 2024-07-01", "from: 2024-13-01"),
        "rules.yaml line 11, field 'from'",
        "not a date");
  }

  @Test
  void unknownTerritoryCountryNamesTheLine() {
    assertFails(
        GOOD.replace("[RUS, BLR]", "[RUS, BLX]"), "rules.yaml line 8, field 'territory'", "BLX");
  }

  @Test
  void overlappingVersionsAreRejected() {
    assertFails(
        GOOD.replace("effective_until: 2025-01-01", "effective_until: 2025-02-01"), "overlaps");
  }

  @Test
  void versionWithoutThresholdOrLevelsIsRejected() {
    assertFails(GOOD.replace("    threshold: 60\n", ""), "rules.yaml line 25, field 'threshold'");
  }

  @Test
  void pointsThatAreNotANumberNameTheLine() {
    assertFails(
        GOOD.replace("points: 75", "points: lots"),
        "rules.yaml line 18, field 'points'",
        "not a number");
  }

  @Test
  void malformedYamlNamesTheLine() {
    assertFails(GOOD.replace("title: Test", "title: [Test"), "rules.yaml line", "malformed YAML");
  }

  @Test
  void missingArgumentOfAConditionIsRejected() {
    assertFails(
        GOOD.replace(", argument: service_centre", ""), "rules.yaml line 15, field 'argument'");
  }
}
