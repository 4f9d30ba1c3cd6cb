package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.EconomicComplexity;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.testkit.NaiveExportMatrix;

/** {@code techsov complexity} on a generated world: store path, CSV path, formats, exit codes. */
class ComplexityIT {
  @TempDir Path dir;
  static ComplexityWorld world;
  static Path db;

  @BeforeAll
  static void ingestAGeneratedWorld() {
    world = ComplexityWorld.get();
    db = world.db;
  }

  /** {@code techsov complexity --db DB ARGS --no-progress} on the generated world's store. */
  static CliRun complexity(String... args) {
    List<String> all = new ArrayList<>(List.of("complexity", "--db", db.toString()));
    all.addAll(List.of(args));
    all.add("--no-progress");
    return CliRun.of(all.toArray(String[]::new));
  }

  static ExportMatrix stored(int year, GroupLevel level) {
    return world.stored(year, level);
  }

  @Test
  void theMatrixFromStoredFlowsEqualsANaiveAggregationOfTheSameFlows() {
    for (int year : new int[] {2021, 2022}) {
      for (GroupLevel level : List.of(GroupLevel.HS6, GroupLevel.HS4)) {
        ExportMatrix engine = stored(year, level);
        ExportMatrix naive =
            NaiveExportMatrix.of(world.flows, year, level == GroupLevel.HS6 ? 6 : 4);
        String where = year + " " + level;
        assertThat(engine.countries()).as(where).isEqualTo(naive.countries());
        assertThat(engine.products()).as(where).isEqualTo(naive.products());
        assertThat(engine.countryCount()).as(where).isGreaterThan(100);
        double[] e = engine.values();
        double[] n = naive.values();
        for (int i = 0; i < n.length; i++) {
          assertThat(e[i]).as(where + " cell " + i).isCloseTo(n[i], within(1e-12 * n[i]));
        }
      }
    }
  }

  @Test
  void csvFilesHoldEveryCountryProductAndCellOfTheYear() throws Exception {
    Path out = dir.resolve("y.csv");
    CliRun r = complexity("--year", "2022", "--cells", "--format", "csv", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    ComplexityResult expected =
        EconomicComplexity.compute(stored(2022, GroupLevel.HS6), ComplexityOptions.defaults());
    int nc = expected.countries().size();
    int np = expected.products().size();
    assertThat(r.out())
        .contains(String.format("wrote %,d rows to %s", nc, dir.resolve("y-countries.csv")))
        .contains(String.format("wrote %,d rows to %s", np, dir.resolve("y-products.csv")))
        .contains(String.format("wrote %,d rows to %s", nc * np, dir.resolve("y-cells.csv")));
    List<String> countries = Files.readAllLines(dir.resolve("y-countries.csv"));
    assertThat(countries.get(0)).isEqualTo("year,country,diversity,eci,coi,fitness");
    Map<String, Double> eci = new HashMap<>();
    for (String line : countries.subList(1, countries.size())) {
      String[] f = line.split(",");
      eci.put(f[1], Double.parseDouble(f[3]));
    }
    for (int c = 0; c < nc; c++) {
      assertThat(eci.get(expected.countries().get(c))).isEqualTo(expected.eci(c));
    }
    assertThat(Files.readAllLines(dir.resolve("y-cells.csv")).get(0))
        .isEqualTo("year,country,product,rca,mcp,density,distance,cog");
  }

  @Test
  void aUserMatrixGivesTheSameNumbersAsTheStoreForTheSameExports() throws Exception {
    ExportMatrix m = stored(2022, GroupLevel.HS6);
    Path input = dir.resolve("exports.csv");
    try (BufferedWriter w = Files.newBufferedWriter(input)) {
      w.write("year,country,product,export_value\n");
      for (int c = m.countryCount() - 1; c >= 0; c--) {
        for (int p = 0; p < m.productCount(); p++) {
          if (m.value(c, p) > 0) {
            w.write(2022 + "," + m.countries().get(c) + "," + m.products().get(p) + ",");
            w.write(Double.toString(m.value(c, p)) + "\n");
          }
        }
      }
    }
    Path fromStore = dir.resolve("s.json");
    Path fromFile = dir.resolve("f.json");
    assertThat(
            complexity("--year", "2022", "--format", "json", "--out", fromStore.toString())
                .exitCode())
        .isZero();
    CliRun r =
        CliRun.of(
            "complexity",
            "--input",
            input.toString(),
            "--format",
            "json",
            "--out",
            fromFile.toString(),
            "--no-progress");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(fromStore.toFile());
    JsonNode b = new ObjectMapper().readTree(fromFile.toFile());
    assertThat(b.get("source").asText()).isEqualTo("exports.csv");
    assertThat(b.get("countries")).isEqualTo(a.get("countries"));
    assertThat(b.get("products")).isEqualTo(a.get("products"));
  }

  @Test
  void theTableShowsTopCountriesAndProductsAndACountrysNearestProducts() {
    CliRun r = complexity("--year", "2022", "--top", "3", "--cells", "--country", "RUS");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Economic complexity 2022 (stored flows, HS6 products; convention py, RCA >= 1,"
                + " symmetric proximity)")
        .contains("Countries by ECI (top 3 of ")
        .contains("Products by PCI (top 3 of ")
        .contains("Products RUS does not export with RCA presence, by density (top 3 of ");
    CliRun stata =
        complexity(
            "--year",
            "2022",
            "--convention",
            "stata",
            "--threshold",
            "1.5",
            "--proximity",
            "asymmetric",
            "--level",
            "hs4");
    assertThat(stata.exitCode()).as(stata.err()).isZero();
    assertThat(stata.out())
        .contains("HS4 products; convention stata, RCA > 1.5, asymmetric proximity");
  }

  @Test
  void parquetFilesCanBeReadBack() throws Exception {
    Path out = dir.resolve("p.parquet");
    CliRun r = complexity("--year", "2021", "--format", "parquet", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), count(pci) FROM read_parquet('"
                    + dir.resolve("p-products.parquet")
                    + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(stored(2021, GroupLevel.HS6).productCount());
      assertThat(rs.getLong(2)).isPositive();
    }
  }

  @Test
  void unknownYearsAndCountriesAreUserErrorsAndYearsWithoutFlowsAreNotFound() {
    CliRun typo = CliRun.of("complexity", "--db", db.toString(), "--year", "1822");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown year 1822");
    CliRun none = CliRun.of("complexity", "--db", db.toString(), "--year", "2030");
    assertThat(none.exitCode()).isEqualTo(4);
    assertThat(none.err())
        .contains("no yearly trade flows for 2030 in the store; it holds 2021-2022");
    CliRun country = CliRun.of("complexity", "--db", db.toString(), "--cells", "--country", "XYZ");
    assertThat(country.exitCode()).isEqualTo(2);
    assertThat(country.err()).contains("no exports of XYZ");
    CliRun level = CliRun.of("complexity", "--db", db.toString(), "--level", "hs2");
    assertThat(level.exitCode()).isEqualTo(2);
    assertThat(level.err()).contains("unknown level 'hs2' (use hs6 or hs4)");
    CliRun empty = CliRun.of("complexity", "--db", dir.resolve("empty.duckdb").toString());
    assertThat(empty.exitCode()).isEqualTo(4);
  }

  @Test
  void aBadUserMatrixIsRefusedWithEveryBadRow() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.csv"),
            "year,country,product,export_value\n2022,A,p,1\n2022,B,p,-3\n2022,A,p,2\n");
    CliRun r = CliRun.of("complexity", "--input", bad.toString(), "--no-progress");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains("bad.csv: 2 bad rows; nothing was read")
        .contains("bad.csv line 3, field export_value ('-3'): must be >= 0")
        .contains("bad.csv line 4: duplicate of line 2 (year 2022, country A, product p)");
    CliRun missing = CliRun.of("complexity", "--input", dir.resolve("nope.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(4);
    Path good =
        Files.writeString(
            dir.resolve("good.csv"), "year,country,product,export_value\n2022,A,p,1\n");
    CliRun noYear = CliRun.of("complexity", "--input", good.toString(), "--year", "2020");
    assertThat(noYear.exitCode()).isEqualTo(4);
    assertThat(noYear.err()).contains("good.csv has no rows for 2020; it has years [2022]");
  }

  @Test
  void populationSwitchesToTheRpopPresenceTest() throws Exception {
    Path exports =
        Files.writeString(
            dir.resolve("small.csv"),
            "year,country,product,export_value\n"
                + "2020,A,p,10\n2020,A,q,1\n2020,B,p,1\n2020,B,q,10\n2020,C,p,5\n2020,C,q,5\n");
    Path pop = Files.writeString(dir.resolve("pop.csv"), "country,population\nA,1\nB,100\nC,1\n");
    CliRun r =
        CliRun.of(
            "complexity",
            "--input",
            exports.toString(),
            "--population",
            pop.toString(),
            "--format",
            "csv",
            "--no-progress");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // world: 16 per 102 persons per product; A exports 10 and 1 per person, B 0.01 and 0.1, C 5
    // and 5: RPOP >= 1 for A in p (10 / 0.157 = 64) and q (6.4), C in both, B in neither
    assertThat(r.out()).contains("2020,A,2,").contains("2020,B,0,").contains("2020,C,2,");
    CliRun needs = CliRun.of("complexity", "--input", exports.toString(), "--presence", "both");
    assertThat(needs.exitCode()).isEqualTo(2);
    assertThat(needs.err()).contains("needs a population table (--population FILE)");
  }
}
