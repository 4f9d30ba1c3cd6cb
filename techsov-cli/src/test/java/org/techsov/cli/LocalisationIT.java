package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.localisation.Explanation;
import org.techsov.core.localisation.LocalisationResult;
import org.techsov.core.localisation.LocalisationScorer;
import org.techsov.core.localisation.ScoringOptions;
import org.techsov.ingest.bom.LocalisationSources;

/** {@code techsov localisation score | rules | examples}, end to end. */
class LocalisationIT {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  @TempDir Path dir;

  private static LocalisationResult core(String bom, String rules) {
    return LocalisationScorer.score(
        LocalisationSources.bom(bom),
        LocalisationSources.ruleSet(rules),
        DATE,
        new ScoringOptions(LocalisationSources.defaultCurrencies(), true));
  }

  /** {@code techsov localisation score ARGS --date DATE}, the date the core results use. */
  private static CliRun score(String... args) {
    List<String> all = new ArrayList<>(List.of("localisation", "score"));
    all.addAll(List.of(args));
    all.addAll(List.of("--date", DATE.toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void theChipReachesLevelTwoUnderThePointsRules() {
    CliRun run = score("microcontroller", "--rules", "ru-719-microchips");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // die packaging 20 + design 15 + testing 15 = 50; level 2 needs 50, the pass mark is 30
    assertThat(run.out())
        .containsPattern(
            "microcontroller +ru-719-microchips +2026-01-01 +50 points +30 +level 2"
                + " +pass +no +yes")
        .contains("note on ru-719-microchips: Point values, level minima");
  }

  @Test
  void explainListsEveryPointAndEveryComponentWithWhy() {
    CliRun run = score("microcontroller", "--rules", "ru-719-microchips", "--explain");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("points refused +wafer_fabrication +35 +points +done in TWN on DIE-32")
        .containsPattern("points awarded +die_packaging +20 +points +done in RUS on MCU-32")
        .containsPattern("points awarded +branding +0 +points +done in RUS on MCU-32")
        .containsPattern("component foreign +DIE-32 +1.38 +USD +made in TWN")
        .containsPattern("component domestic +LEADFRAME +0.08 +USD +made in RUS")
        .containsPattern("level +level 1 +80 +points +not reached");
    for (Explanation e : core("microcontroller", "ru-719-microchips").explanation()) {
      assertThat(run.out()).contains(e.subject()).contains(e.reason());
    }
  }

  @Test
  void theRebadgedLaptopIsFlaggedAsAStampOnTheBox() {
    CliRun run =
        score("laptop-rebadged", "laptop", "--rules", "ru-719-radio-electronics", "--explain");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "laptop-rebadged +ru-719-radio-electronics +2026-01-01 +5 points +50 +- +fail"
                + " +YES")
        .containsPattern(
            "laptop +ru-719-radio-electronics +2026-01-01 +105 points +50 +level 1" + " +pass +no")
        .contains("only branding, final_assembly, packing done in the territory");
  }

  @Test
  void jsonCarriesExactlyWhatTheCoreScorerFinds() throws IOException {
    List<String> bills = List.of("microcontroller", "laptop-rebadged", "car-ecu");
    List<String> rules = List.of("ru-719-microchips", "eaeu-value-added", "usmca-rvc");
    CliRun run =
        score(
            bills.get(0),
            bills.get(1),
            bills.get(2),
            "--rules",
            String.join(",", rules),
            "--explain",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
    assertThat(results).hasSize(9);
    int i = 0;
    for (String bill : bills) {
      for (String rule : rules) {
        LocalisationResult expected = core(bill, rule);
        JsonNode r = results.get(i++);
        assertThat(r.get("bom").asText()).isEqualTo(bill);
        assertThat(r.get("ruleSet").asText()).isEqualTo(rule);
        assertThat(r.get("score").asDouble()).isEqualTo(expected.score());
        assertThat(r.get("unit").asText()).isEqualTo(expected.unit());
        assertThat(r.get("level").isNull() ? null : r.get("level").asText())
            .isEqualTo(expected.level());
        assertThat(r.get("passed").asBoolean()).isEqualTo(expected.passed());
        assertThat(r.get("stampOnTheBox").asBoolean()).isEqualTo(expected.stampOnTheBox());
        assertThat(r.get("illustrative").asBoolean()).isEqualTo(expected.illustrative());
        assertThat(r.get("threshold").asDouble()).isEqualTo(expected.threshold().getAsDouble());
        assertThat(r.get("versionFrom").asText()).isEqualTo(expected.versionFrom().toString());
        JsonNode lines = r.get("explanation");
        assertThat(lines).hasSize(expected.explanation().size());
        for (int k = 0; k < lines.size(); k++) {
          Explanation e = expected.explanation().get(k);
          assertThat(lines.get(k).get("kind").asText()).isEqualToIgnoringCase(e.kind().name());
          assertThat(lines.get(k).get("subject").asText()).isEqualTo(e.subject());
          assertThat(lines.get(k).get("amount").asDouble()).isEqualTo(e.amount());
          assertThat(lines.get(k).get("reason").asText()).isEqualTo(e.reason());
        }
      }
    }
    // hand-checked: the chip's points, the value-share exactly at the 50 % threshold
    assertThat(results.get(0).get("score").asDouble()).isEqualTo(50);
    assertThat(results.get(1).get("score").asDouble()).isEqualTo(50);
    assertThat(results.get(1).get("passed").asBoolean()).isTrue();
  }

  @Test
  void csvHasOneRowPerBillAndRuleSetOrPerExplanationLine() throws IOException {
    CliRun plain =
        score("car-ecu", "--rules", "ru-719-car-ecu,usmca-rvc-net-cost", "--format", "csv");
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    List<CsvRecord> rows = CsvReader.builder().ofCsvRecord(plain.out()).stream().toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).getField(0)).isEqualTo("bom");
    // 75 surface mount + 40 design + 40 software + 25 testing + 20 assembly + 50 PCB + 10 housing
    assertThat(rows.get(1).getFields())
        .startsWith("car-ecu", "ru-719-car-ecu", "2026-01-01", "2024-08-01", "points", "260.0");
    assertThat(rows.get(2).getField(1)).isEqualTo("usmca-rvc-net-cost");
    assertThat(rows.get(2).getField(9)).isEqualTo("false");

    CliRun explained =
        score("car-ecu", "--rules", "ru-719-car-ecu", "--format", "csv", "--explain");
    List<CsvRecord> lines = CsvReader.builder().ofCsvRecord(explained.out()).stream().toList();
    assertThat(lines).hasSize(1 + core("car-ecu", "ru-719-car-ecu").explanation().size());
    assertThat(lines.get(0).getFields())
        .endsWith("kind", "subject", "amount", "amount_unit", "reason");
  }

  @Test
  void aBillReadFromACsvFileScoresAndOutWritesTheReport() throws IOException {
    Path bill =
        write(
            "ecu.csv",
            """
            parent,part,quantity,description,hs,manufacturer,origin,unit_value,currency,operations,substitutes
            ,ECU,1,engine control unit,853710,Maker,RUS,18000,RUB,design|RUS|1500;final_assembly|RUS,
            ECU,PCBA,1,board,853890,Maker,RUS,11000,RUB,surface_mount_placement|RUS|1800,
            PCBA,MCU,1,microcontroller,854231,MCU maker,DEU,3500,RUB,,MCU-CN|CN maker|CHN|true
            """);
    Path report = dir.resolve("out/score.json");
    CliRun run =
        score(
            bill.toString(),
            "--rules",
            "ru-719-car-ecu",
            "--format",
            "json",
            "--out",
            report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("wrote 1 score to " + report + System.lineSeparator());
    JsonNode r = new ObjectMapper().readTree(report.toFile()).get("results").get(0);
    // surface mount on the HS 853890 board 75 + design 40 + final assembly 20; the German MCU
    // earns nothing, and a CSV bill cannot attest the mandatory service centre
    assertThat(r.get("bom").asText()).isEqualTo("ecu");
    assertThat(r.get("score").asDouble()).isEqualTo(135);
    assertThat(r.get("passed").asBoolean()).isFalse();
    assertThat(r.get("score").asDouble())
        .isEqualTo(core(bill.toString(), "ru-719-car-ecu").score());
  }

  @Test
  void rulesListsEveryBuiltInVersionWithDatesAndTheIllustrativeFlag() throws IOException {
    CliRun table = CliRun.of("localisation", "rules");
    assertThat(table.exitCode()).as(table.err()).isZero();
    LocalisationSources.BUILT_IN_RULE_SETS.forEach(n -> assertThat(table.out()).contains(n));
    assertThat(table.out())
        .containsPattern(
            "ru-719-microchips +2025-12-29 +points +RUS +>= 30; 40 from 2027-01-01;"
                + " 50 from 2028-01-01 +level 3 >= 30, level 2 >= 50, level 1 >= 80 +yes")
        .containsPattern("ru-719-car-ecu +2024-05-17 +2024-08-01 +points")
        .containsPattern(
            "buy-american +2022-10-25 +component_cost_share +USA +> 60%; 65% from"
                + " 2024-01-01; 75% from 2029-01-01 +no");

    CliRun json = CliRun.of("localisation", "rules", "--format", "json");
    JsonNode sets = new ObjectMapper().readTree(json.out()).get("ruleSets");
    int versions =
        LocalisationSources.BUILT_IN_RULE_SETS.stream()
            .mapToInt(n -> LocalisationSources.ruleSet(n).versions().size())
            .sum();
    assertThat(sets).hasSize(versions);
    assertThat(sets.get(0).get("illustrative").asBoolean()).isTrue();
  }

  @Test
  void examplesListsTheShippedBills() {
    CliRun run = CliRun.of("localisation", "examples");
    assertThat(run.exitCode()).as(run.err()).isZero();
    LocalisationSources.BUILT_IN_EXAMPLES.forEach(n -> assertThat(run.out()).contains(n));
    assertThat(run.out()).containsPattern("microcontroller +MCU-32 +5 +240 +RUB +2000000");
  }

  @Test
  void anUnknownRuleSetExitsTwoNamingItAndTheBuiltIns() {
    CliRun run = CliRun.of("localisation", "score", "laptop", "--rules", "ru-719-chips");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("no built-in rule set 'ru-719-chips'")
        .contains("ru-719-microchips");
  }

  @Test
  void aBillWithACycleExitsThreeNamingFileLineAndField() throws IOException {
    Path bill =
        write(
            "cycle.yaml",
            """
            bom: {id: cyclic, product: P, currency: RUB}
            items:
              - {part: P, origin: RUS, unit_value: 10}
              - {part: A, parent: P, origin: RUS, unit_value: 5}
              - {part: B, parent: A, origin: RUS, unit_value: 2}
            edges:
              - {parent: B, part: A, quantity: 1}
            """);
    CliRun run = CliRun.of("localisation", "score", bill.toString(), "--rules", "eaeu-value-added");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).containsPattern("cycle.yaml line \\d+, field 'parent': cycle [AB] -> ");
  }

  @Test
  void anUnknownCountryInsideABillIsMalformedDataAndExitsThree() throws IOException {
    Path bill =
        write(
            "bad.yaml",
            """
            bom: {id: bad, product: P, currency: RUB}
            items:
              - {part: P, origin: RUS, unit_value: 10}
              - {part: C, parent: P, origin: TWX, unit_value: 5}
            """);
    CliRun run = CliRun.of("localisation", "score", bill.toString(), "--rules", "eaeu-value-added");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("bad.yaml line 4, field 'origin': unknown country 'TWX'");
  }

  @Test
  void aMalformedDateExitsTwoShowingTheExpectedForm() {
    CliRun run =
        CliRun.of("localisation", "score", "laptop", "--rules", "buy-american", "--date", "1/1/26");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'--date'").contains("expected YYYY-MM-DD");
  }

  @Test
  void aDateBeforeEveryVersionExitsTwo() {
    CliRun run =
        CliRun.of(
            "localisation",
            "score",
            "car-ecu",
            "--rules",
            "ru-719-car-ecu",
            "--date",
            "2020-01-01");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no version in force on 2020-01-01");
  }

  @Test
  void aMissingFileExitsFourAndAnUnknownFormatTwo() {
    CliRun missing =
        CliRun.of(
            "localisation",
            "score",
            dir.resolve("none.yaml").toString(),
            "--rules",
            "buy-american");
    assertThat(missing.exitCode()).isEqualTo(4);
    assertThat(missing.err()).contains("file not found");
    CliRun format =
        CliRun.of("localisation", "score", "laptop", "--rules", "buy-american", "--format", "xml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("unknown format 'xml'");
  }
}
