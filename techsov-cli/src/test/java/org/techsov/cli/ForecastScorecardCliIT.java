package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;

/** {@code techsov forecast} and {@code techsov scorecard}, with trade flows from a small world. */
class ForecastScorecardCliIT {
  @TempDir static Path dir;
  static Path tradeDb;

  /** A store with the demo world's 2023-2024 flows, for the trade-measured claim. */
  @BeforeAll
  static void storeWithTradeFlows() {
    GeneratedWorld world =
        new WorldGenerator(
                ReferenceDataLoader.builtIn(),
                WorldSpec.demo().withYears(2023, 2024).withRows(200_000))
            .write(dir.resolve("world"), WriteOptions.plain(), ProgressListener.NONE);
    tradeDb = dir.resolve("trade.duckdb");
    for (Path f : world.flowFiles()) {
      CliRun r =
          CliRun.of("ingest", "baci", "--db", tradeDb.toString(), "--no-progress", f.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
    }
  }

  private static CliRun run(String db, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = dir.resolve(db).toString();
    return CliRun.of(all);
  }

  @Test
  void aForecastShowsTheModelsTheFanAndEachTargetsOutlook() {
    CliRun r = run("f.duckdb", "forecast", "mir-cards", "--target", "2026", "--level", "40");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("forecast mir-cards/card-share: Mir, share of payment cards")
        .contains("models, by AICc (the chosen one first):")
        .containsPattern("(Bass|logistic|Gompertz) \\(chosen\\)")
        .contains("weight")
        .contains("end of  P10")
        .containsPattern("\\n\\s+2026\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\n")
        .contains("level 40")
        .contains("P(reached by then)")
        .contains("P50 crosses");
  }

  @Test
  void aSeriesTargetGetsItsProbabilityAndTheYearTheMedianCrossesIt() {
    CliRun r =
        run(
            "f.duckdb",
            "forecast",
            "max-messenger",
            "--series",
            "registered-users",
            "--target",
            "2027",
            "--level",
            "96",
            "--format",
            "csv",
            "--resamples",
            "300");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "row,series,model,aicc,weight,year_end,p10,p50,p90,target,level,deadline,probability,"
                + "p50_crossing,note");
    assertThat(lines).filteredOn(l -> l.startsWith("model,")).hasSize(3);
    assertThat(lines).filteredOn(l -> l.startsWith("fan,")).hasSize(2);
    String target = lines.stream().filter(l -> l.startsWith("target,")).findFirst().orElseThrow();
    assertThat(target).contains(",level 96,96.0,2028.0,");
  }

  @Test
  void tooFewPointsIsAnHonestRefusalWithExitCodeZero() {
    CliRun r =
        run(
            "f.duckdb",
            "forecast",
            "max-messenger",
            "--series",
            "monthly-audience",
            "--target",
            "2027");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "no forecast: max-messenger/monthly-audience has 2 observations; a forecast needs at"
                + " least 6");
    CliRun json =
        run(
            "f.duckdb",
            "forecast",
            "mir-cards",
            "--series",
            "payments-share",
            "--target",
            "2027",
            "--format",
            "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"refused\" : \"mir-cards/payments-share has 4 observations");
    assertThat(json.out()).contains("\"needed\" : 5");
  }

  @Test
  void badForecastInputIsRefusedWithTheRightExitCode() {
    CliRun series =
        run("f.duckdb", "forecast", "mir-cards", "--series", "nope", "--target", "2026");
    assertThat(series.exitCode()).isEqualTo(4);
    assertThat(series.err()).contains("has no series 'nope'; it has: card-share");
    CliRun programme = run("f.duckdb", "forecast", "sbp", "--target", "2026");
    assertThat(programme.exitCode()).isEqualTo(4);
    assertThat(programme.err()).contains("no programme 'sbp'");
    CliRun format = run("f.duckdb", "forecast", "mir-cards", "--target", "2026", "--format", "xml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("unknown format 'xml'");
    CliRun year = run("f.duckdb", "forecast", "mir-cards", "--target", "1700");
    assertThat(year.exitCode()).isEqualTo(2);
    assertThat(year.err()).contains("horizon year out of range");
    CliRun missing = run("f.duckdb", "forecast", "mir-cards");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--target=YEAR'");
  }

  @Test
  void theScorecardSettlesTheTradeClaimWithTheMeasuredShare() {
    CliRun r =
        CliRun.of(
            "scorecard",
            "--db",
            tradeDb.toString(),
            "--country",
            "rus",
            "--as-of",
            "2026-03-15",
            "--resamples",
            "200");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("scorecard as of 2026-03-15, RUS: 20 lines:")
        .containsPattern(
            "trade measure: dependency/RUS/microelectronics/CHN-share = 9\\d\\.\\d% \\(2023/2024\\)")
        .containsPattern("\\[met\\] kse-china-share \\(RUS\\)")
        .contains("CHN_HK's share of RUS's microelectronics imports, 2023-2024 (trade data)")
        .contains("techsov dependency --importer RUS --area microelectronics --bloc CHN_HK")
        .contains("[met] mir-cards/payments-share/cbr-2023 (RUS)")
        .contains("[off track] microelectronics/node-2030 (RUS)")
        .contains("[not measurable] peskov-nothing-we-cannot-do (RUS)")
        .contains("source: Understanding Russia's Efforts at Technological Sovereignty");
  }

  @Test
  void withoutTradeFlowsTheTradeClaimIsNotMeasurableAndSaysWhy() {
    CliRun r = run("s.duckdb", "scorecard", "--as-of", "2026-03-15", "--resamples", "200");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("trade measure: not computed: store")
        .contains("holds no trade flows")
        .contains("[not measurable] kse-china-share (RUS)")
        .contains("needs measure 'dependency/RUS/microelectronics/CHN-share'");
  }

  @Test
  void theScorecardAsCsvHasOneRowPerEvidenceItemAndAsJsonOneEntryPerLine() throws Exception {
    CliRun csv =
        run(
            "s.duckdb",
            "scorecard",
            "--as-of",
            "2026-03-15",
            "--format",
            "csv",
            "--resamples",
            "200");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> rows = csv.out().lines().toList();
    assertThat(rows.get(0))
        .isEqualTo("id,country,status,statement,reason,evidence,value,unit,date,source,quote");
    assertThat(rows).anyMatch(l -> l.startsWith("microelectronics/node-2030,RUS,off track,"));
    CliRun json =
        run(
            "s.duckdb",
            "scorecard",
            "--as-of",
            "2026-03-15",
            "--format",
            "json",
            "--resamples",
            "200");
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.get("asOf").asText()).isEqualTo("2026-03-15");
    assertThat(doc.get("lines")).hasSize(20);
    JsonNode first = doc.get("lines").get(0);
    assertThat(first.get("evidence").get(0).get("source").asText()).isNotBlank();
  }

  @Test
  void badScorecardInputIsAUserError() {
    CliRun date = run("s.duckdb", "scorecard", "--as-of", "15/03/2026");
    assertThat(date.exitCode()).isEqualTo(2);
    CliRun country = run("s.duckdb", "scorecard", "--country", "RUSSIA");
    assertThat(country.exitCode()).isEqualTo(2);
  }

  @Test
  void anUnreachableRegistryIsExitFiveForEveryCatalogueCommand() {
    String registry = "postgres://techsov:secret@127.0.0.1:1/techsov";
    for (String[] cmd :
        new String[][] {
          {"catalogue", "list"},
          {"catalogue", "export", "--out", dir.resolve("x.yaml").toString()},
          {"programme", "show", "mir-cards"},
          {"forecast", "mir-cards", "--target", "2026"},
          {"scorecard"}
        }) {
      String[] args = new String[cmd.length + 2];
      System.arraycopy(cmd, 0, args, 0, cmd.length);
      args[cmd.length] = "--registry";
      args[cmd.length + 1] = registry;
      CliRun r = CliRun.of(args);
      assertThat(r.exitCode()).as(String.join(" ", cmd) + ": " + r.err()).isEqualTo(5);
      assertThat(r.err())
          .contains(
              "cannot reach the catalogue registry postgres://techsov:***@127.0.0.1:1/techsov")
          .doesNotContain("secret");
    }
  }

  @Test
  void theRegistryKeyOfTheConfigurationAndItsVariableAreUsed() throws Exception {
    Path cfg =
        Files.writeString(
            dir.resolve("registry.yaml"), "registry: postgres://nobody@127.0.0.1:1/techsov\n");
    CliRun file = CliRun.of("catalogue", "list", "--config", cfg.toString());
    assertThat(file.exitCode()).isEqualTo(5);
    assertThat(file.err()).contains("registry postgres://nobody@127.0.0.1:1/techsov");
    CliRun env =
        CliRun.with(
            Map.of("TECHSOV_REGISTRY", "postgres://viaenv@127.0.0.1:1/techsov"),
            "catalogue",
            "list");
    assertThat(env.exitCode()).isEqualTo(5);
    assertThat(env.err()).contains("postgres://viaenv@127.0.0.1:1/techsov");
    CliRun bad = CliRun.of("catalogue", "list", "--registry", "mysql://h/db");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--registry: invalid value 'mysql://h/db' for registry");
  }
}
