package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.testkit.SharedData;

/** The real Comext and IMF data, read in place, end to end: ingest, goods lists, analyses. */
class CircumventionRealDataIT {
  @TempDir static Path dir;
  static Path db;
  static CliRun comext;
  static final Path COMEXT =
      SharedData.file(
          "eu-comext-russia-neighbours/eu27_exports_ru_neighbours_cn8_monthly_2020_2022.csv.gz");

  @BeforeAll
  static void load() {
    db = dir.resolve("real.duckdb");
    comext =
        CliRun.of(
            "ingest",
            "comext",
            COMEXT.toString(),
            "--flow",
            "export",
            "--concordance",
            SharedData.file("hs-concordance/HS_consolidated_comtrade_concordances.csv").toString(),
            "--rejects",
            dir.resolve("comext.rejects.csv").toString(),
            "--db",
            db.toString(),
            "--no-progress");
    CliRun imts =
        CliRun.of(
            "ingest",
            "imts",
            SharedData.file("russia-trade-by-partner-imf/RU_trade_imf_imts.csv").toString(),
            "--rejects",
            dir.resolve("imts.rejects.csv").toString(),
            "--db",
            db.toString(),
            "--no-progress");
    assertThat(imts.exitCode()).as(imts.err()).isZero();
    CliRun goods =
        CliRun.of(
            "goods",
            "load",
            SharedData.file("eu-comext-russia-neighbours/export_sanctions_cn8_codes_with_desc.csv")
                .toString(),
            "--id",
            "eu-restricted",
            "--version",
            "2022-10-07",
            "--db",
            db.toString());
    assertThat(goods.exitCode()).as(goods.err()).isZero();
  }

  static double scalar(String sql) throws Exception {
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db).withReadOnly(true));
        Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getDouble(1);
    }
  }

  @Test
  void everyComextRowIsAccountedAndHeadingTotalsAreNotAddedToTheirDetail() throws Exception {
    assertThat(comext.exitCode()).as(comext.err()).isZero();
    assertThat(comext.out())
        .contains("read 1,141,670 = stored 1,141,670 + rejected 0")
        .contains("143,656 stored rows not counted");
    // what is counted equals the CN8 rows plus the heading totals that have no CN8 row in their
    // cell, computed straight from the file
    String file = COMEXT.toString().replace("'", "''");
    double expected =
        scalar(
            "WITH f AS (SELECT * FROM read_csv('"
                + file
                + "', header = true, columns = {"
                + "'product_code': 'VARCHAR', 'product_level': 'VARCHAR', 'reporter_iso3': 'VARCHAR',"
                + " 'partner_iso3': 'VARCHAR', 'period': 'VARCHAR', 'value_eur': 'DOUBLE'})),"
                + " d AS (SELECT DISTINCT left(product_code, 4) AS h, reporter_iso3, partner_iso3,"
                + " period FROM f WHERE product_level = 'CN8')"
                + " SELECT sum(value_eur) FROM f WHERE product_level = 'CN8' OR NOT EXISTS (SELECT 1"
                + " FROM d WHERE d.h = f.product_code AND d.reporter_iso3 = f.reporter_iso3 AND"
                + " d.partner_iso3 = f.partner_iso3 AND d.period = f.period)");
    double counted =
        scalar("SELECT sum(value) FROM reported_flow WHERE source = 'COMEXT' AND counted");
    assertThat(counted).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-9));
  }

  @Test
  void aFileImportedBeforeIsSkipped() {
    CliRun again =
        CliRun.of(
            "ingest",
            "comext",
            COMEXT.toString(),
            "--flow",
            "export",
            "--db",
            db.toString(),
            "--no-progress");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("already imported");
  }

  @Test
  void restrictedGoodsSurgedToTheNeighboursWhileEuExportsToRussiaCollapsed() throws Exception {
    Path json = dir.resolve("routes.json");
    Path sankey = dir.resolve("sankey.json");
    CliRun run =
        CliRun.of(
            "circumvention",
            "--db",
            db.toString(),
            "--target",
            "RUS",
            "--bloc",
            "EU27",
            "--since",
            "2022-02",
            "--goods",
            "eu-restricted",
            "--level",
            "hs4",
            "--format",
            "json",
            "--out",
            json.toString(),
            "--sankey",
            sankey.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(json.toFile());
    assertThat(r.get("postMonths").asText()).isEqualTo("2022-03..2022-11");
    JsonNode top = r.get("routes").get(0);
    assertThat(top.get("significant").asBoolean()).isTrue();
    assertThat(top.get("blocToHub").get("ratio").asDouble()).isGreaterThan(2);
    assertThat(top.get("blocToTarget").get("ratio").asDouble()).isLessThan(0.5);
    assertThat(r.get("significant").asInt()).isGreaterThan(100);
    assertThat(r.get("notes").toString()).contains("RUS's reported imports of all goods from ARM");
    JsonNode s = new ObjectMapper().readTree(sankey.toFile());
    assertThat(s.get("nodes").toString()).contains("\"EU27\"").contains("\"RUS\"");
    assertThat(s.get("links").get(0).get("valueUsd").asLong()).isPositive();
  }

  @Test
  void chipsToArmeniaAreAmongTheChplRoutes() throws Exception {
    Path csv = dir.resolve("chpl.csv");
    CliRun run =
        CliRun.of(
            "circumvention",
            "--db",
            db.toString(),
            "--target",
            "RUS",
            "--bloc",
            "EU27",
            "--since",
            "2022-02",
            "--goods",
            "chpl",
            "--format",
            "csv",
            "--top",
            "0",
            "--out",
            csv.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String chips =
        Files.readAllLines(csv).stream()
            .filter(l -> l.contains(",ARM,RUS,8542,"))
            .findFirst()
            .orElseThrow();
    String[] f = chips.split(",");
    // EU27 integrated circuits to Armenia, Mar-Nov 2022 against the same months of 2021
    assertThat(Double.parseDouble(f[9])).as("ratio").isGreaterThan(5);
  }

  @Test
  void aMirrorComparisonNeedsThePartnersReports() {
    CliRun run =
        CliRun.of(
            "mirror",
            "--db",
            db.toString(),
            "--exporters",
            "EU27",
            "--partners",
            "ARM",
            "--since",
            "2022-02");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("no partner reports imports");
  }
}
