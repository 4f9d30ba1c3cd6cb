package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.synth.GeneratedMonthly;
import org.techsov.synth.MonthlyOptions;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;

/**
 * On a synthetic world with the sanctions shock planted, the analysis finds the planted transit
 * hubs; on the same world without the shock it finds nothing.
 */
class CircumventionSyntheticIT {
  private static final ReferenceData REF = ReferenceDataLoader.builtIn();
  private static final WorldSpec SPEC =
      WorldSpec.demo().withYears(2021, 2022).withRows(800_000).withProducts(1_200);
  @TempDir static Path dir;
  static Path shocked;
  static Path quiet;
  static GeneratedMonthly shockedFiles;

  @BeforeAll
  static void generateBothWorlds() {
    shockedFiles = load(SPEC, "shock");
    shocked = dir.resolve("shock.duckdb");
    load(SPEC.withoutShock(), "quiet");
    quiet = dir.resolve("quiet.duckdb");
  }

  private static GeneratedMonthly load(WorldSpec spec, String name) {
    GeneratedMonthly m =
        new WorldGenerator(REF, spec)
            .writeMonthly(
                dir.resolve(name),
                MonthlyOptions.around(spec).withShipments(false),
                ProgressListener.NONE);
    List<String> args =
        new ArrayList<>(
            List.of(
                "ingest",
                "comtrade",
                "--db",
                dir.resolve(name + ".duckdb").toString(),
                "--no-progress"));
    m.flowFiles().forEach(f -> args.add(f.toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return m;
  }

  static JsonNode routes(Path db, String level) throws Exception {
    Path out = dir.resolve(db.getFileName() + "-" + level + ".json");
    CliRun run =
        CliRun.of(
            "circumvention",
            "--db",
            db.toString(),
            "--target",
            "RUS",
            "--bloc",
            "COALITION",
            "--since",
            "2022-02",
            "--goods",
            "chpl",
            "--level",
            level,
            "--top",
            "0",
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(out.toFile());
  }

  static Set<String> significantHubs(JsonNode r) {
    Set<String> out = new TreeSet<>();
    r.get("routes")
        .forEach(
            x -> {
              if (x.get("significant").asBoolean()) {
                out.add(x.get("hub").asText());
              }
            });
    return out;
  }

  @Test
  void thePlantedTransitHubsAreRecovered() throws Exception {
    Set<String> planted = new TreeSet<>();
    REF.bloc("HUBS").membersOn(LocalDate.of(2022, 3, 1)).forEach(c -> planted.add(c.alpha3()));
    Set<String> found = significantHubs(routes(shocked, "list"));
    assertThat(planted).as("seed " + SPEC.seed()).hasSize(7);
    assertThat(found).isSubsetOf(planted);
    assertThat(found.size()).as("planted hubs recovered: %s", found).isGreaterThanOrEqualTo(6);
  }

  @Test
  void aWorldWithoutTheShockHasNoSignificantRoute() throws Exception {
    for (String level : List.of("list", "tier", "hs4")) {
      JsonNode r = routes(quiet, level);
      assertThat(r.get("routesTested").asInt()).isPositive();
      assertThat(r.get("significant").asInt()).as(level).isZero();
    }
  }

  @Test
  void theHubsExportsToTheTargetRiseWithTheirImportsFromTheBloc() throws Exception {
    JsonNode r = routes(shocked, "list");
    int withSignature = 0;
    for (JsonNode x : r.get("routes")) {
      if (x.get("significant").asBoolean()) {
        assertThat(x.get("hubToTarget").get("ratio").asDouble()).isGreaterThan(2);
        assertThat(x.get("blocToTarget").get("ratio").asDouble()).isLessThan(0.5);
        withSignature += x.get("reexportSignature").get("present").asBoolean() ? 1 : 0;
      }
    }
    assertThat(withSignature).isGreaterThanOrEqualTo(5);
  }

  @Test
  void ghostTradeIsFlaggedOnThePlantedHubsOnly() throws Exception {
    Path out = dir.resolve("mirror.json");
    CliRun run =
        CliRun.of(
            "mirror",
            "--db",
            shocked.toString(),
            "--exporters",
            "COALITION",
            "--partners",
            "HUBS,CHN,IND,BRA",
            "--since",
            "2022-02",
            "--goods",
            "chpl",
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Set<String> flagged = new TreeSet<>();
    new ObjectMapper()
        .readTree(out.toFile())
        .get("rows")
        .forEach(
            x -> {
              if (x.get("ghostTrade").asBoolean()) {
                flagged.add(x.get("partner").asText());
              }
            });
    assertThat(flagged).doesNotContain("CHN", "IND", "BRA").hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void routeValuesEqualASumOverTheFilesRows() throws Exception {
    // naive reference: Turkey's CHPL imports as the coalition reports them, read from the files
    Set<String> coalition = new TreeSet<>();
    REF.bloc("COALITION")
        .membersOn(LocalDate.of(2022, 3, 1))
        .forEach(c -> coalition.add(c.alpha3()));
    Set<String> chpl = new TreeSet<>();
    REF.goodsLists().get("chpl").items().forEach(i -> chpl.add(i.code().code()));
    double base = 0;
    double post = 0;
    for (Path f : shockedFiles.flowFiles()) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.US_ASCII))) {
        in.readLine();
        for (String line; (line = in.readLine()) != null; ) {
          String[] x = line.split(",");
          if (x[5].equals("X")
              && x[6].equals("TUR")
              && coalition.contains(x[4])
              && chpl.contains(x[8])) {
            int month = Integer.parseInt(x[2]);
            if (x[1].equals("2021") && month >= 3) {
              base += Double.parseDouble(x[10]);
            } else if (x[1].equals("2022") && month >= 3) {
              post += Double.parseDouble(x[10]);
            }
          }
        }
      }
    }
    JsonNode tur = null;
    for (JsonNode x : routes(shocked, "list").get("routes")) {
      if (x.get("hub").asText().equals(new CountryCode("TUR").alpha3())) {
        tur = x;
      }
    }
    assertThat(tur).isNotNull();
    assertThat(tur.get("blocToHub").get("beforeUsdPerMonth").asDouble())
        .isCloseTo(base / 10, org.assertj.core.data.Percentage.withPercentage(1e-9));
    assertThat(tur.get("blocToHub").get("afterUsdPerMonth").asDouble())
        .isCloseTo(post / 10, org.assertj.core.data.Percentage.withPercentage(1e-9));
  }

  static final String LIST = "chpl 2024-02-23";

  @Test
  void aRoutesMonthlySeriesEqualsTheFilesRowsMonthByMonth() throws Exception {
    Set<String> coalition = new TreeSet<>();
    REF.bloc("COALITION")
        .membersOn(LocalDate.of(2022, 3, 1))
        .forEach(c -> coalition.add(c.alpha3()));
    Set<String> chpl = new TreeSet<>();
    REF.goodsLists().get("chpl").items().forEach(i -> chpl.add(i.code().code()));
    java.util.Map<String, Double> byMonth = new java.util.TreeMap<>();
    for (Path f : shockedFiles.flowFiles()) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.US_ASCII))) {
        in.readLine();
        for (String line; (line = in.readLine()) != null; ) {
          String[] x = line.split(",");
          if (x[5].equals("X")
              && x[6].equals("TUR")
              && coalition.contains(x[4])
              && chpl.contains(x[8])) {
            String month = x[1] + "-" + (x[2].length() == 1 ? "0" + x[2] : x[2]);
            byMonth.merge(month, Double.parseDouble(x[10]), Double::sum);
          }
        }
      }
    }
    Path out = dir.resolve("tur.series.csv");
    CliRun run =
        CliRun.of(
            "circumvention",
            "--db",
            shocked.toString(),
            "--target",
            "RUS",
            "--bloc",
            "COALITION",
            "--since",
            "2022-02",
            "--goods",
            "chpl",
            "--level",
            "list",
            "--series",
            "TUR:" + LIST,
            "--format",
            "csv",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0))
        .isEqualTo(
            "month,phase,origin,hub,target,goods,bloc_hub_usd,hub_target_usd,bloc_target_usd");
    assertThat(lines).hasSize(25);
    for (String line : lines.subList(1, lines.size())) {
      String[] x = line.split(",");
      assertThat(Double.parseDouble(x[6]))
          .as(x[0])
          .isCloseTo(
              byMonth.getOrDefault(x[0], 0.0),
              org.assertj.core.data.Percentage.withPercentage(1e-9));
    }
    assertThat(lines.get(2)).startsWith("2021-02,,");
    assertThat(lines.get(3)).startsWith("2021-03,baseline,");
    assertThat(lines.get(14)).startsWith("2022-02,sanction,");
    assertThat(lines.get(15)).startsWith("2022-03,after,");
  }

  @Test
  void theApiAnswersTheSameCsvAsTheCommandLine() throws Exception {
    String[] common = {
      "--target",
      "RUS",
      "--bloc",
      "COALITION",
      "--since",
      "2022-02",
      "--goods",
      "chpl",
      "--level",
      "tier"
    };
    Path routesCsv = dir.resolve("api-routes.csv");
    Path seriesCsv = dir.resolve("api-series.csv");
    List<String> routes = new ArrayList<>(List.of("circumvention", "--db", shocked.toString()));
    routes.addAll(List.of(common));
    routes.addAll(List.of("--top", "8", "--format", "csv", "--out", routesCsv.toString()));
    assertThat(CliRun.of(routes.toArray(String[]::new)).exitCode()).isZero();
    List<String> series = new ArrayList<>(List.of("circumvention", "--db", shocked.toString()));
    series.addAll(List.of(common));
    series.addAll(
        List.of("--series", "TUR:tier 2", "--format", "csv", "--out", seriesCsv.toString()));
    assertThat(CliRun.of(series.toArray(String[]::new)).exitCode()).isZero();

    String query = "target=RUS&bloc=COALITION&since=2022-02&goods=chpl&level=tier";
    try (org.techsov.store.duckdb.DuckDbStore store =
            org.techsov.store.duckdb.DuckDbStore.open(
                org.techsov.store.duckdb.StoreOptions.defaults(shocked));
        org.techsov.server.TechsovServer server =
            org.techsov.server.TechsovServer.start(
                store,
                REF,
                org.techsov.server.ServerOptions.defaults(dir.resolve("work")).withPort(0))) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      sameCsv(
          get(http, base + "/api/circumvention?" + query + "&top=8&format=csv"),
          Files.readString(routesCsv));
      sameCsv(
          get(
              http,
              base + "/api/circumvention/series?" + query + "&hub=TUR&group=tier%202&format=csv"),
          Files.readString(seriesCsv));
    }
  }

  /**
   * The same rows and columns, numbers equal but for the last digits (the store sums a group's rows
   * in parallel, so the order of additions, and the last bit, may vary).
   */
  private static void sameCsv(String actual, String expected) {
    List<String> a = actual.lines().toList();
    List<String> e = expected.lines().toList();
    assertThat(a).hasSameSizeAs(e);
    assertThat(a.get(0)).isEqualTo(e.get(0));
    for (int i = 1; i < e.size(); i++) {
      String[] x = a.get(i).split(",", -1);
      String[] y = e.get(i).split(",", -1);
      assertThat(x).as(e.get(i)).hasSameSizeAs(y);
      for (int j = 0; j < y.length; j++) {
        if (!x[j].equals(y[j])) {
          assertThat(Double.parseDouble(x[j]))
              .as(e.get(0).split(",")[j] + " of " + e.get(i))
              .isCloseTo(
                  Double.parseDouble(y[j]), org.assertj.core.data.Percentage.withPercentage(1e-9));
        }
      }
    }
  }

  private static String get(java.net.http.HttpClient http, String url) throws Exception {
    java.net.http.HttpResponse<String> r =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  @Test
  void theRankingIsTheSameEveryTime() throws Exception {
    List<String> first = ranking();
    assertThat(ranking()).isEqualTo(first);
  }

  /** Route, p, q and significance of every route by tier, as the command writes them. */
  private static List<String> ranking() throws Exception {
    Path out = dir.resolve("ranking.csv");
    CliRun run =
        CliRun.of(
            "circumvention",
            "--db",
            shocked.toString(),
            "--target",
            "RUS",
            "--bloc",
            "COALITION",
            "--since",
            "2022-02",
            "--goods",
            "chpl",
            "--level",
            "tier",
            "--top",
            "0",
            "--format",
            "csv",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      String[] x = line.split(",", -1);
      rows.add(x[2] + " " + x[4] + " " + x[16] + " " + x[18] + " " + x[29]);
    }
    return rows;
  }
}
