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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.EconomicComplexity;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.trade.TradeFlow;
import org.techsov.engine.complexity.ExportMatrixQuery;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;
import org.techsov.testkit.BaciFlows;
import org.techsov.testkit.NaiveExportMatrix;

/**
 * {@code techsov complexity} and {@code techsov feasibility} on a generated world: store path, CSV
 * path, formats, the join with the dependency analysis, exit codes.
 */
class ComplexityIT {
  private static final ReferenceData REF = ReferenceDataLoader.builtIn();
  @TempDir static Path dir;
  static Path db;
  static List<TradeFlow> flows = new ArrayList<>();

  @BeforeAll
  static void ingestAGeneratedWorld() {
    long seed = Long.getLong("techsov.seed", 3L);
    System.out.println("ComplexityIT seed " + seed);
    GeneratedWorld w =
        new WorldGenerator(
                REF,
                WorldSpec.demo()
                    .withYears(2021, 2022)
                    .withRows(40_000)
                    .withProducts(500)
                    .withSeed(seed))
            .write(dir.resolve("w"), WriteOptions.plain(), ProgressListener.NONE);
    db = dir.resolve("c.duckdb");
    for (Path f : w.flowFiles()) {
      CliRun r = CliRun.of("ingest", "baci", f.toString(), "--db", db.toString(), "--no-progress");
      assertThat(r.exitCode()).as(r.err()).isZero();
      flows.addAll(BaciFlows.read(f, REF.countries()));
    }
  }

  static ExportMatrix stored(int year, GroupLevel level) {
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db).withReadOnly(true))) {
      return new ExportMatrixQuery(s.connection()).year(year, level, ProgressListener.NONE);
    }
  }

  @Test
  void theMatrixFromStoredFlowsEqualsANaiveAggregationOfTheSameFlows() {
    for (int year : new int[] {2021, 2022}) {
      for (GroupLevel level : List.of(GroupLevel.HS6, GroupLevel.HS4)) {
        ExportMatrix engine = stored(year, level);
        ExportMatrix naive = NaiveExportMatrix.of(flows, year, level == GroupLevel.HS6 ? 6 : 4);
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
    CliRun r =
        CliRun.of(
            "complexity",
            "--db",
            db.toString(),
            "--year",
            "2022",
            "--cells",
            "--format",
            "csv",
            "--out",
            out.toString(),
            "--no-progress");
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
            CliRun.of(
                    "complexity",
                    "--db",
                    db.toString(),
                    "--year",
                    "2022",
                    "--format",
                    "json",
                    "--out",
                    fromStore.toString(),
                    "--no-progress")
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
    CliRun r =
        CliRun.of(
            "complexity",
            "--db",
            db.toString(),
            "--year",
            "2022",
            "--top",
            "3",
            "--cells",
            "--country",
            "RUS",
            "--no-progress");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Economic complexity 2022 (stored flows, HS6 products; convention py, RCA >= 1,"
                + " symmetric proximity)")
        .contains("Countries by ECI (top 3 of ")
        .contains("Products by PCI (top 3 of ")
        .contains("Products RUS does not export with RCA presence, by density (top 3 of ");
    CliRun stata =
        CliRun.of(
            "complexity",
            "--db",
            db.toString(),
            "--year",
            "2022",
            "--convention",
            "stata",
            "--threshold",
            "1.5",
            "--proximity",
            "asymmetric",
            "--level",
            "hs4",
            "--no-progress");
    assertThat(stata.exitCode()).as(stata.err()).isZero();
    assertThat(stata.out())
        .contains("HS4 products; convention stata, RCA > 1.5, asymmetric proximity");
  }

  @Test
  void parquetFilesCanBeReadBack() throws Exception {
    Path out = dir.resolve("p.parquet");
    CliRun r =
        CliRun.of(
            "complexity",
            "--db",
            db.toString(),
            "--year",
            "2021",
            "--format",
            "parquet",
            "--out",
            out.toString(),
            "--no-progress");
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

  @Test
  void everyCandidateCarriesTheImportValueHhiAndBlocShareOfTheDependencyEngine() throws Exception {
    CliRun r =
        CliRun.of(
            "feasibility",
            "--db",
            db.toString(),
            "--country",
            "RUS",
            "--year",
            "2022",
            "--bloc",
            "UNFRIENDLY",
            "--bloc-date",
            "2023-01-01",
            "--top",
            "0",
            "--format",
            "json",
            "--no-progress");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    Map<String, DependencyRow> deps = new HashMap<>();
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db).withReadOnly(true))) {
      new DependencyEngine(s.connection())
          .run(
              new DependencyQuery(
                  List.of(new CountryCode("RUS")),
                  2022,
                  2022,
                  GroupLevel.HS6,
                  List.of(),
                  List.of(),
                  List.of("UNFRIENDLY"),
                  LocalDate.of(2023, 1, 1),
                  OptionalInt.empty(),
                  0))
          .forEach(d -> deps.put(d.group().code(), d));
    }
    ComplexityResult year =
        EconomicComplexity.compute(stored(2022, GroupLevel.HS6), ComplexityOptions.defaults());
    int rus = year.countryIndex("RUS");
    long expected =
        deps.keySet().stream()
            .filter(p -> year.productIndex(p) >= 0 && !year.mcp(rus, year.productIndex(p)))
            .count();
    JsonNode candidates = doc.get("candidates");
    assertThat(doc.get("candidateCount").asLong()).isEqualTo(expected).isGreaterThan(20);
    assertThat(candidates).hasSize((int) expected);
    double lastPriority = Double.POSITIVE_INFINITY;
    for (JsonNode c : candidates) {
      String product = c.get("product").asText();
      DependencyRow d = deps.get(product);
      assertThat(d).as(product).isNotNull();
      assertThat(c.get("import_value_usd").asDouble()).as(product).isEqualTo(d.importValueUsd());
      assertThat(c.get("bloc_share").asDouble())
          .as(product)
          .isCloseTo(d.blocShare("UNFRIENDLY"), within(1e-15));
      assertThat(c.get("hhi").asDouble()).as(product).isCloseTo(d.hhi(), within(1e-15));
      assertThat(c.get("density").asDouble())
          .isEqualTo(year.density(rus, year.productIndex(product)));
      assertThat(c.get("priority").asDouble()).isLessThanOrEqualTo(lastPriority);
      lastPriority = c.get("priority").asDouble();
      double naive =
          flows.stream()
              .filter(f -> f.period().year() == 2022 && f.importer().alpha3().equals("RUS"))
              .filter(f -> f.product().code().equals(product))
              .mapToDouble(TradeFlow::valueUsd)
              .sum();
      assertThat(d.importValueUsd()).as(product).isCloseTo(naive, within(1e-9 * naive));
    }
    assertThat(doc.get("out-of-reach")).hasSize(10);
  }

  @Test
  void feasibilityPrintsTheCandidatesAndThoseOutOfReach() {
    CliRun r =
        CliRun.of(
            "feasibility",
            "--db",
            db.toString(),
            "--country",
            "rus",
            "--year",
            "2022",
            "--area",
            "microelectronics,computers",
            "--bloc",
            "COALITION",
            "--bloc-date",
            "2023-01-01",
            "--top",
            "5",
            "--out-of-reach",
            "3",
            "--no-progress");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Import-substitution candidates of RUS, 2022 (HS6 products, areas"
                + " microelectronics,computers; COALITION share as of 2023-01-01;")
        .contains("High dependency and high feasibility first (5 of ")
        .contains("Out of reach: imported, lowest density (3 of ")
        .contains("density  COG")
        .contains("COALITION");
  }

  @Test
  void feasibilityRefusesUnknownCountriesBlocsAreasAndYears() {
    String d = db.toString();
    CliRun unknown = CliRun.of("feasibility", "--db", d, "--country", "XXX", "--year", "2022");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown country code XXX");
    assertThat(CliRun.of("feasibility", "--db", d, "--country", "R1", "--year", "2022").exitCode())
        .isEqualTo(2);
    CliRun bloc =
        CliRun.of("feasibility", "--db", d, "--country", "RUS", "--year", "2022", "--bloc", "NOPE");
    assertThat(bloc.exitCode()).isEqualTo(2);
    assertThat(bloc.err()).contains("unknown bloc 'NOPE'");
    CliRun area =
        CliRun.of("feasibility", "--db", d, "--country", "RUS", "--year", "2022", "--area", "x");
    assertThat(area.exitCode()).isEqualTo(2);
    assertThat(area.err()).contains("unknown technology area 'x'");
    CliRun typo = CliRun.of("feasibility", "--db", d, "--country", "RUS", "--year", "3022");
    assertThat(typo.exitCode()).isEqualTo(2);
    CliRun none = CliRun.of("feasibility", "--db", d, "--country", "RUS", "--year", "2019");
    assertThat(none.exitCode()).isEqualTo(4);
    assertThat(none.err()).contains("no yearly trade flows for 2019");
  }
}
