package org.techsov.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.server.http.Json;

class ApiIT {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void dependencyAnswersTheSameFiguresAsTheCommandLine() throws Exception {
    HttpResponse<String> r =
        server.get(
            "/api/dependency?importer=RUS&area=microelectronics&from=2021&to=2023"
                + "&bloc=COALITION,CHN_HK&blocDate=2024-01-01&top=1");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode rows = json(r).get("rows");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("blocShares").get("COALITION").asDouble()).isGreaterThan(0.4);
    assertThat(rows.get(2).get("blocShares").get("CHN_HK").asDouble()).isGreaterThan(0.9);
    assertThat(json(r).get("reproduce").get("cli").asText())
        .startsWith("techsov dependency --importer RUS --from 2021 --to 2023");
  }

  @Test
  void theSameQueryOnAnUnchangedStoreAnswersNotModified() {
    String q = "/api/dependency?importer=RUS&area=telecom&year=2022";
    HttpResponse<String> first = server.get(q);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    HttpResponse<String> second = server.get(q, "If-None-Match", etag);
    assertThat(second.statusCode()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (String path : new String[] {"/", "/api/status", "/api/nothing-here"}) {
      HttpResponse<String> r = server.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline'; style")
          .contains("frame-ancestors 'none'");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  @Test
  void unknownRoutesAnswerProblemJson() throws Exception {
    HttpResponse<String> r = server.get("/api/nothing-here");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json(r).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void theApiIsDescribedAtOpenapiAndExploredAtSwagger() throws Exception {
    HttpResponse<String> r = server.get("/openapi");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode paths = json(r).get("paths");
    assertThat(paths.has("/api/dependency")).isTrue();
    assertThat(paths.has("/api/jobs/ingest")).isTrue();
    for (String path :
        new String[] {
          "/api/circumvention",
          "/api/circumvention/sankey",
          "/api/circumvention/series",
          "/api/mirror",
          "/api/provenance"
        }) {
      assertThat(paths.has(path)).as(path).isTrue();
      assertThat(paths.get(path).get("get").get("parameters").size()).as(path).isGreaterThan(3);
    }
    HttpResponse<String> ui = server.get("/swagger");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("'sha256-");
  }

  @Test
  void theCountryReportIsServedAsHtmlAndPdf() {
    HttpResponse<String> html = server.get("/api/report?country=RUS&year=2023");
    assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(html.body()).contains("<h2>Bloc shift</h2>").contains("<svg");
    HttpResponse<String> pdf = server.get("/api/report?country=RUS&year=2023&format=pdf");
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    String etag = pdf.headers().firstValue("ETag").orElseThrow();
    assertThat(
            server
                .get("/api/report?country=RUS&year=2023&format=pdf", "If-None-Match", etag)
                .statusCode())
        .isEqualTo(304);
  }

  @Test
  void referenceDataStatusAndImportsAreReadableWithoutAToken() throws Exception {
    assertThat(json(server.get("/api/reference/countries")).size()).isGreaterThan(200);
    assertThat(server.get("/api/reference/blocs").body()).contains("COALITION");
    assertThat(server.get("/api/reference/areas").body()).contains("microelectronics");
    assertThat(server.get("/api/reference/goods-lists").body()).contains("854231");
    assertThat(server.get("/api/reference/sanction-events").statusCode()).isEqualTo(200);
    JsonNode status = json(server.get("/api/status"));
    assertThat(status.get("firstYear").asInt()).isEqualTo(2017);
    assertThat(status.get("lastYear").asInt()).isEqualTo(2024);
    JsonNode imports = json(server.get("/api/imports"));
    // eight years of BACI, five years of monthly reports and the shipment records
    assertThat(imports).hasSize(14);
    for (JsonNode i : imports) {
      assertThat(i.get("rowsRead").asLong())
          .isEqualTo(i.get("rowsStored").asLong() + i.get("rowsRejected").asLong());
    }
    JsonNode session = json(server.get("/api/session"));
    assertThat(session.get("role").asText()).isEqualTo("viewer");
    assertThat(session.get("authenticated").asBoolean()).isFalse();
  }

  @Test
  void theCsvOfAChartHasTheCommandLinesColumns() {
    HttpResponse<String> r =
        server.get("/api/dependency?importer=RUS&area=telecom&year=2023&top=2&format=csv");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(r.body().lines().findFirst().orElseThrow())
        .isEqualTo(
            "year,importer,level,product_group,group_name,import_value_usd,suppliers,hhi,"
                + "equivalent_suppliers,top1_supplier,top1_share,top2_supplier,top2_share,"
                + "share_unfriendly,share_chn_hk");
    assertThat(r.body().lines()).hasSize(2);
  }

  @Test
  void programmesComeWithObservationsTargetsAndAForecastFan() throws Exception {
    JsonNode list = json(server.get("/api/programmes"));
    assertThat(list.findValuesAsText("id")).contains("mir-cards", "max-messenger");
    HttpResponse<String> r = server.get("/api/programmes/mir-cards/forecast?horizon=2028");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode f = json(r);
    assertThat(f.get("observations").size()).isGreaterThan(3);
    assertThat(f.get("fan").size()).isPositive();
    for (JsonNode point : f.get("fan")) {
      assertThat(point.get("p10").asDouble()).isLessThanOrEqualTo(point.get("p50").asDouble());
      assertThat(point.get("p50").asDouble()).isLessThanOrEqualTo(point.get("p90").asDouble());
    }
    assertThat(server.get(f.get("reproduce").get("csv").asText()).body())
        .startsWith("kind,time,value,p10,p50,p90,label,source");
    assertThat(server.get("/api/programmes/nothing/forecast").statusCode()).isEqualTo(404);
    assertThat(server.get("/api/programmes/mir-cards/forecast?horizon=99999").statusCode())
        .isEqualTo(400);
  }

  @Test
  void aShippedBillIsScoredWithItsTreeAndExplanation() throws Exception {
    JsonNode cat = json(server.get("/api/localisation"));
    assertThat(cat.get("bills").findValuesAsText("id"))
        .contains("microcontroller", "laptop-rebadged");
    JsonNode r =
        json(
            server.get(
                "/api/localisation/score?bom=microcontroller&rules=ru-719-microchips&date=2026-01-01"));
    assertThat(r.get("score").asDouble()).isEqualTo(50.0);
    assertThat(r.get("unit").asText()).isEqualTo("points");
    assertThat(r.get("passed").asBoolean()).isTrue();
    assertThat(r.get("tree").get("origin").asText()).isEqualTo("RUS");
    assertThat(r.get("tree").get("domestic").asBoolean()).isTrue();
    assertThat(r.get("tree").get("children").size()).isPositive();
    assertThat(r.get("explanation").size()).isPositive();
    JsonNode stamp =
        json(server.get("/api/localisation/score?bom=laptop-rebadged&rules=eaeu-value-added"));
    assertThat(stamp.get("stampOnTheBox").asBoolean()).isTrue();
    assertThat(
            server
                .get("/api/localisation/score?bom=../../etc/passwd&rules=buy-american")
                .statusCode())
        .isEqualTo(400);
    assertThat(server.get(r.get("reproduce").get("csv").asText()).body())
        .startsWith("kind,subject,amount,reason");
  }

  @Test
  void theCoalitionAndTaiwanCutStopsTheProductsWithoutQualifiedSubstitutes() throws Exception {
    JsonNode march = json(server.get("/api/embargo?bloc=COALITION&country=TWN&date=2026-03-01"));
    assertThat(march.get("blockedProducts").findValuesAsText("label"))
        .contains("microcontroller/MCU-32", "laptop/LAPTOP-14");
    assertThat(march.get("partsWithoutSubstitute").findValuesAsText("label"))
        .contains("microcontroller/DIE-32");
    assertThat(march.get("valueAtRisk").asDouble()).isPositive();
    assertThat(march.get("timeline").size()).isEqualTo(march.get("widerTimeline").size());
    JsonNode nothing = json(server.get("/api/embargo?bloc=none&country=none"));
    assertThat(nothing.get("blockedProducts").size()).isZero();
    assertThat(server.get("/api/embargo?country=XXX").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/embargo?bloc=NOPE").statusCode()).isEqualTo(400);
  }

  @Test
  void theScorecardGivesEachClaimAStatusAndItsSources() throws Exception {
    JsonNode card = json(server.get("/api/scorecard?asOf=2026-01-01"));
    assertThat(card.get("lines").size()).isGreaterThan(3);
    int counted = 0;
    for (JsonNode n : card.get("counts")) {
      counted += n.asInt();
    }
    assertThat(counted).isEqualTo(card.get("lines").size());
    for (JsonNode line : card.get("lines")) {
      assertThat(line.get("status").asText())
          .isIn("met", "on track", "off track", "not measurable");
    }
    assertThat(card.get("lines").findValues("source")).isNotEmpty();
    assertThat(server.get("/api/scorecard?asOf=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void feasibilityRanksImportedProductsByClosenessAndDependency() throws Exception {
    HttpResponse<String> r =
        server.get(
            "/api/feasibility?country=RUS&year=2023&area=microelectronics,computers&bloc=CHN_HK"
                + "&blocDate=2024-01-01&top=20");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode f = json(r);
    assertThat(f.get("candidates").size()).isBetween(1, 20);
    assertThat(f.get("total").asInt()).isGreaterThanOrEqualTo(f.get("candidates").size());
    assertThat(f.get("candidates").get(0).get("rank").asInt()).isEqualTo(1);
    for (JsonNode c : f.get("candidates")) {
      assertThat(c.get("density").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(f.get("reproduce").get("cli").asText())
        .startsWith("techsov feasibility --country RUS --year 2023");
    assertThat(server.get("/api/feasibility?country=RUS&top=0").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/feasibility").statusCode()).isEqualTo(400);
  }

  static final String ROUTES = "target=RUS&bloc=COALITION&since=2022-02&goods=chpl";

  @Test
  void circumventionRanksThePlantedHubFirstWithItsEffectAndUncertainty() throws Exception {
    HttpResponse<String> r = server.get("/api/circumvention?" + ROUTES + "&level=list&top=5");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode res = json(r);
    assertThat(res.get("postMonths").asText()).isEqualTo("2022-03..2023-12");
    assertThat(res.get("routes")).hasSize(5);
    JsonNode first = res.get("routes").get(0);
    assertThat(first.get("hub").asText()).isEqualTo("TUR");
    assertThat(first.get("significant").asBoolean()).isTrue();
    assertThat(first.get("blocToHub").get("ratio").asDouble()).isGreaterThan(2);
    JsonNode effect = first.get("effect");
    assertThat(effect.get("didLow").asDouble())
        .isLessThan(effect.get("did").asDouble())
        .isPositive();
    assertThat(effect.get("qValue").asDouble()).isLessThanOrEqualTo(0.05);
    assertThat(first.get("reexportSignature").get("present").asBoolean()).isTrue();
    assertThat(res.get("reproduce").get("cli").asText())
        .isEqualTo(
            "techsov circumvention --target RUS --bloc COALITION --since 2022-02 --goods chpl"
                + " --baseline previous-year --level list --top 5 --format csv");
    HttpResponse<String> csv = server.get(res.get("reproduce").get("csv").asText());
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .startsWith("rank,origin,hub,target,goods,listed_products,control_products,");
    assertThat(csv.body().lines()).hasSize(6);
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertThat(
            server
                .get("/api/circumvention?" + ROUTES + "&level=list&top=5", "If-None-Match", etag)
                .statusCode())
        .isEqualTo(304);
  }

  @Test
  void theSankeyLinksTheOriginThroughTheSignificantHubsToTheTarget() throws Exception {
    JsonNode s = json(server.get("/api/circumvention/sankey?" + ROUTES + "&level=list"));
    assertThat(s.get("significantOnly").asBoolean()).isTrue();
    assertThat(s.get("nodes").findValuesAsText("id")).startsWith("COALITION").endsWith("RUS");
    assertThat(s.get("nodes").findValuesAsText("role")).contains("origin", "hub", "target");
    assertThat(s.get("links").findValuesAsText("source")).contains("COALITION", "TUR");
    for (JsonNode l : s.get("links")) {
      assertThat(l.get("valueUsd").asLong()).isPositive();
    }
    assertThat(s.get("reproduce").get("cli").asText())
        .endsWith("--sankey circumvention.sankey.json");
    assertThat(server.get(s.get("reproduce").get("csv").asText()).body())
        .startsWith("source,target,value_usd,goods,months");
  }

  @Test
  void aRoutesMonthlySeriesHasTheRoutesLevelsBeforeAndAfter() throws Exception {
    JsonNode routes = json(server.get("/api/circumvention?" + ROUTES + "&level=tier&top=3"));
    for (JsonNode route : routes.get("routes")) {
      String q =
          "/api/circumvention/series?"
              + ROUTES
              + "&level=tier&hub="
              + route.get("hub").asText()
              + "&group="
              + route.get("goods").asText().replace(" ", "%20");
      HttpResponse<String> r = server.get(q);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode s = json(r);
      assertThat(s.get("months")).hasSize(60);
      assertThat(s.get("months").findValuesAsText("phase"))
          .contains("baseline", "sanction", "after", "");
      for (String leg : new String[] {"blocToHub", "hubToTarget", "blocToTarget"}) {
        for (String level : new String[] {"beforeUsdPerMonth", "afterUsdPerMonth"}) {
          assertThat(s.get(leg).get(level).asDouble())
              .as(route.get("hub") + " " + leg + " " + level)
              .isCloseTo(
                  route.get(leg).get(level).asDouble(),
                  org.assertj.core.data.Percentage.withPercentage(1e-6));
        }
      }
      assertThat(s.get("reproduce").get("cli").asText())
          .contains("--series '" + route.get("hub").asText() + ":");
      assertThat(server.get(s.get("reproduce").get("csv").asText()).body())
          .startsWith(
              "month,phase,origin,hub,target,goods,bloc_hub_usd,hub_target_usd,bloc_target_usd");
    }
  }

  @Test
  void mirrorGapsFlagGhostTradeAtThePlantedHubs() throws Exception {
    HttpResponse<String> r =
        server.get("/api/mirror?exporters=COALITION&partners=HUBS,CHN&since=2022-02&goods=chpl");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode m = json(r);
    assertThat(m.get("ghostTrade").asInt()).isPositive();
    JsonNode tur = null;
    for (JsonNode row : m.get("rows")) {
      if (row.get("partner").asText().equals("TUR")) {
        tur = row;
      }
      if (row.get("partner").asText().equals("CHN")) {
        assertThat(row.get("ghostTrade").asBoolean()).isFalse();
      }
    }
    assertThat(tur).isNotNull();
    assertThat(tur.get("ghostTrade").asBoolean()).isTrue();
    assertThat(tur.get("gapShareAfter").asDouble()).isGreaterThan(0.3);
    assertThat(m.get("reproduce").get("cli").asText())
        .startsWith("techsov mirror --exporters COALITION --partners HUBS,CHN --since 2022-02");
  }

  @Test
  void provenanceSplitsShipmentsByDispatchCountryAndBrand() throws Exception {
    HttpResponse<String> r =
        server.get(
            "/api/provenance?target=RUS&goods=8542&via=CHN,TUR&from=2021-01&by=year"
                + "&blocDate=2024-01-01");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode p = json(r);
    assertThat(p.get("rows").findValuesAsText("period")).contains("2021", "2022", "2023");
    assertThat(p.get("rows").findValuesAsText("dispatch")).contains("CHN", "TUR", "other");
    for (JsonNode row : p.get("rows")) {
      assertThat(row.get("blocBrandUsd").asDouble())
          .isLessThanOrEqualTo(row.get("valueUsd").asDouble() + 1e-6);
    }
    assertThat(p.get("reproduce").get("cli").asText())
        .isEqualTo(
            "techsov provenance --target RUS --goods 8542 --brand-bloc COALITION --via CHN,TUR"
                + " --from 2021-01 --by year --bloc-date 2024-01-01 --format csv");
  }
}
