package org.techsov.ingest.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

class LocalisationSourcesTest {
  @Test
  void everyBuiltInRuleSetLoads() {
    for (String name : LocalisationSources.BUILT_IN_RULE_SETS) {
      assertThat(LocalisationSources.ruleSet(name).id()).isEqualTo(name);
    }
  }

  @Test
  void everyBuiltInExampleLoads() {
    for (String name : LocalisationSources.BUILT_IN_EXAMPLES) {
      assertThat(LocalisationSources.bom(name).header().id()).isEqualTo(name);
    }
  }

  @Test
  void defaultCurrencyTableConvertsRoublesToDollars() {
    assertThat(LocalisationSources.defaultCurrencies().rate("RUB")).isEqualTo(0.0125);
  }

  @Test
  void pathsAreReadAsFilesAndCsvByExtension(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("pump.csv");
    Files.writeString(
        csv,
        "parent,part,quantity,unit_value,currency,origin\n,PUMP,1,100,USD,USA\nPUMP,MOTOR,1,40,USD,MEX\n");
    assertThat(LocalisationSources.bom(csv.toString()).header().id()).isEqualTo("pump");
    Path rules = dir.resolve("mine.yaml");
    Files.writeString(
        rules,
        "rule_set: {id: mine}\nversions:\n  - {effective_from: 2020-01-01, method: build_up,"
            + " territory: [USA], threshold: 10}\n");
    assertThat(LocalisationSources.ruleSet(rules.toString()).id()).isEqualTo("mine");
  }

  @Test
  void unknownBuiltInNameListsTheBuiltIns() {
    assertThatThrownBy(() -> LocalisationSources.ruleSet("ru-719-tractors"))
        .hasMessageContaining("ru-719-microchips")
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
  }

  @Test
  void missingFileIsNotFound(@TempDir Path dir) {
    assertThatThrownBy(() -> LocalisationSources.bom(dir.resolve("none.yaml").toString()))
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.FILE_NOT_FOUND));
  }
}
