package org.techsov.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techsov.server.TestServer.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techsov.server.http.Json;

/**
 * Malformed, oversized and unauthorised requests: each answered with the right status and a
 * problem-JSON message, no stack trace, and nothing changed in the store.
 */
class AbuseIT {
  @TempDir static Path dir;
  static TestServer server;
  static Path data;
  static String before;

  @BeforeAll
  static void start() throws Exception {
    data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("BACI_HS17_Y2030_V202501.csv"), "t,i,j,k,v,q\n");
    Path outside = Files.writeString(dir.resolve("secret.csv"), "t,i,j,k,v,q\n");
    Files.createSymbolicLink(data.resolve("link.csv"), outside);
    server =
        new TestServer(
            dir,
            ServerOptions.defaults(dir.resolve("work"))
                .withPort(0)
                .withDataDir(data)
                .withMaxUploadBytes(4096));
    before = state();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void nothingChangedInTheStore() throws Exception {
    assertThat(state()).isEqualTo(before);
  }

  /** Imports, flows and jobs: what a refused write must leave as it was. */
  static String state() throws Exception {
    JsonNode status = Json.MAPPER.readTree(server.get("/api/status").body());
    String jobs = server.get("/api/jobs").body();
    return status.get("imports") + "/" + status.get("flows") + "/" + jobs;
  }

  static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(r.body())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain(".java");
    JsonNode p = Json.MAPPER.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("detail").asText()).isNotBlank();
    return p;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "year=abc",
        "year=99999999999999999999",
        "year=-5",
        "year=1800",
        "from=2023&to=2019",
        "year=2020&from=2019",
        "top=51",
        "top=-1",
        "level=hs5",
        "blocDate=2024-13-45",
        "format=xml",
        "colour=red",
        "importer=RUS&importer=CHN&year=2020&year=2021",
        "importer=,",
      })
  void malformedParametersAreRefusedWithAMessageNamingThem(String query) throws Exception {
    JsonNode p = problem(server.get("/api/dependency?" + query), 400);
    String name = query.split("=")[0];
    assertThat(p.get("detail").asText()).containsAnyOf(name, "year", "from");
  }

  @Test
  void overlongAndControlCharacterValuesAreRefused() throws Exception {
    problem(server.get("/api/dependency?importer=" + "R".repeat(300)), 400);
    problem(server.get("/api/dependency?importer=" + enc("RUS\u0000")), 400);
    problem(server.get("/api/dependency?importer=" + "RUS,".repeat(60) + "RUS"), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "importer=XXX",
        "importer=R1!",
        "area=nowhere",
        "bloc=NOPE",
        "product=7700",
        "product=12345678",
      })
  void unknownCodesAreRefused(String query) throws Exception {
    JsonNode p = problem(server.get("/api/dependency?" + query), 400);
    assertThat(p.get("code").asText()).startsWith("UNKNOWN_");
  }

  @Test
  void textThatLooksLikeSqlIsJustAnUnknownCode() throws Exception {
    JsonNode p = problem(server.get("/api/dependency?bloc=" + enc("X') OR 1=1 --")), 400);
    assertThat(p.get("code").asText()).isEqualTo("UNKNOWN_BLOC");
    problem(server.get("/api/dependency?area=" + enc("a'; DROP TABLE flow; --")), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../secret.csv",
        "../../../../etc/passwd",
        "/etc/passwd",
        "sub/../../secret.csv",
        "..%2Fsecret.csv",
        "C:\\Windows\\win.ini",
        "link.csv",
      })
  void pathsOutsideTheDataFolderAreRefused(String path) throws Exception {
    JsonNode p =
        problem(
            server.post(
                "/api/jobs/ingest-file?path=" + enc(path),
                BodyPublishers.noBody(),
                bearer(server.analyst)),
            400);
    assertThat(p.get("code").asText()).isEqualTo("PATH_NOT_ALLOWED");
  }

  @Test
  void aMissingFileInTheDataFolderIsNotFound() throws Exception {
    problem(
        server.post(
            "/api/jobs/ingest-file?path=missing.csv",
            BodyPublishers.noBody(),
            bearer(server.analyst)),
        404);
  }

  @Test
  void anOversizedUploadIsRefusedAndNothingIsKept() throws Exception {
    byte[] body = ("t,i,j,k,v,q\n" + "2030,156,643,854231,1.0,1.0\n".repeat(400)).getBytes();
    problem(
        server.post(
            "/api/jobs/ingest?name=BACI_HS17_Y2030_V202501.csv",
            BodyPublishers.ofByteArray(body),
            bearer(server.analyst)),
        413);
    Path uploads = dir.resolve("work").resolve("uploads");
    if (Files.exists(uploads)) {
      try (var s = Files.walk(uploads)) {
        assertThat(s.filter(Files::isRegularFile)).isEmpty();
      }
    }
  }

  @Test
  void uploadNamesThatAreNotPlainFileNamesAreRefused() throws Exception {
    for (String name : new String[] {"../x.csv", "x.exe", ".hidden.csv", "a b.csv"}) {
      problem(
          server.post(
              "/api/jobs/ingest?name=" + enc(name),
              BodyPublishers.ofString("t,i,j,k,v,q\n"),
              bearer(server.analyst)),
          400);
    }
  }

  @Test
  void rejectRatesOutsideZeroToOneAreRefusedBeforeAnythingIsSaved() throws Exception {
    for (String rate : new String[] {"NaN", "2", "-0.1", "1e400", "lots"}) {
      problem(
          server.post(
              "/api/jobs/ingest?name=BACI_HS17_Y2030_V202501.csv&maxRejectRate=" + rate,
              BodyPublishers.ofString("t,i,j,k,v,q\n2030,156,643,854231,1.0,1.0\n"),
              bearer(server.analyst)),
          400);
    }
  }

  @Test
  void writesWithoutATokenAskForOne() throws Exception {
    HttpResponse<String> r =
        server.post("/api/jobs/ingest-file?path=x.csv", BodyPublishers.noBody());
    JsonNode p = problem(r, 401);
    assertThat(p.get("code").asText()).isEqualTo("MISSING_TOKEN");
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> v.startsWith("Bearer"));
    problem(server.post("/api/tokens?role=admin", BodyPublishers.noBody()), 401);
    problem(server.delete("/api/jobs/00000000-0000-0000-0000-000000000000"), 401);
  }

  @Test
  void aWrongTokenIsRefusedEvenForReads() throws Exception {
    String wrong = server.analyst.substring(0, server.analyst.length() - 4) + "0000";
    problem(server.get("/api/status", bearer(wrong)), 401);
    problem(server.get("/api/status", bearer("not-a-token")), 401);
    problem(server.get("/api/status", "Authorization", "Basic YWRtaW46YWRtaW4="), 401);
    problem(
        server.post(
            "/api/jobs/ingest-file?path=BACI_HS17_Y2030_V202501.csv",
            BodyPublishers.noBody(),
            bearer(wrong)),
        401);
  }

  @Test
  void aViewerCannotWrite() throws Exception {
    String[] viewer = bearer(server.viewer);
    assertThat(server.get("/api/status", viewer).statusCode()).isEqualTo(200);
    JsonNode p =
        problem(
            server.post(
                "/api/jobs/ingest-file?path=BACI_HS17_Y2030_V202501.csv",
                BodyPublishers.noBody(),
                viewer),
            403);
    assertThat(p.get("code").asText()).isEqualTo("ROLE_REQUIRED");
    problem(
        server.post(
            "/api/jobs/ingest?name=BACI_HS17_Y2030_V202501.csv",
            BodyPublishers.ofString("t,i,j,k,v,q\n2030,156,643,854231,1.0,1.0\n"),
            viewer),
        403);
    problem(server.post("/api/jobs/export?importer=RUS", BodyPublishers.noBody(), viewer), 403);
    problem(server.post("/api/tokens?role=admin", BodyPublishers.noBody(), viewer), 403);
  }

  @Test
  void onlyAnAdminManagesTokens() throws Exception {
    problem(server.get("/api/tokens", bearer(server.analyst)), 403);
    problem(
        server.post("/api/tokens?role=admin", BodyPublishers.noBody(), bearer(server.analyst)),
        403);
    HttpResponse<String> list = server.get("/api/tokens", bearer(server.admin));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .doesNotContain(server.admin)
        .doesNotContain("salt")
        .doesNotContain("hash");
    problem(
        server.post("/api/tokens?role=emperor", BodyPublishers.noBody(), bearer(server.admin)),
        400);
    problem(server.delete("/api/tokens/0123456789", bearer(server.admin)), 404);
  }

  @Test
  void unknownJobsAreNotFoundAndUnknownMethodsAreRefused() throws Exception {
    problem(server.get("/api/jobs/nope"), 404);
    HttpResponse<String> r = server.delete("/api/dependency", bearer(server.admin));
    assertThat(r.statusCode()).isIn(404, 405);
  }

  static final String ROUTE = "target=RUS&bloc=COALITION&since=2022-02";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "since=2022-13",
        "since=22-02",
        "since=2022-02-24",
        "since=99999-01",
        "until=2021-01",
        "until=yesterday",
        "top=-1",
        "top=1001",
        "top=99999999999999999999",
        "permutations=5",
        "permutations=100000",
        "bootstrap=1000000",
        "alpha=0",
        "alpha=0.9",
        "alpha=NaN",
        "minRatio=-1",
        "minIncrease=1e400",
        "maxLag=13",
        "cifFob=5",
        "seed=-1",
        "level=hs5",
        "baseline=yesterday",
        "baseline=2023",
        "blocDate=2024-02-30",
        "format=xml",
        "colour=red",
        "hub=TUR",
      })
  void malformedCircumventionParametersAreRefusedWithAMessageNamingThem(String param)
      throws Exception {
    JsonNode p = problem(server.get("/api/circumvention?" + ROUTE + "&" + param), 400);
    String name = param.split("=")[0];
    assertThat(p.get("detail").asText()).as(param).containsAnyOf(name, "baseline", "month");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bloc=COALITION&since=2022-02",
        "target=RUS&since=2022-02",
        "target=RUS&bloc=COALITION",
      })
  void theTargetBlocAndSanctionMonthAreRequired(String query) throws Exception {
    assertThat(problem(server.get("/api/circumvention?" + query), 400).get("detail").asText())
        .contains("is required");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "target=XXX&bloc=COALITION&since=2022-02|UNKNOWN_COUNTRY",
        "target=R1!&bloc=COALITION&since=2022-02|UNKNOWN_COUNTRY",
        "target=RUS&bloc=NOPE&since=2022-02|UNKNOWN_BLOC",
        "target=RUS&bloc=COALITION&since=2022-02&hubs=ZZZ|UNKNOWN_COUNTRY",
        "target=RUS&bloc=COALITION&since=2022-02&goods=no-such-list|UNKNOWN_PRODUCT",
        "target=RUS&bloc=COALITION&since=2022-02&goods=chpl@1999-01-01|UNKNOWN_PRODUCT",
      })
  void unknownCodesInCircumventionAreRefused(String line) throws Exception {
    String[] parts = line.split("\\|");
    JsonNode p = problem(server.get("/api/circumvention?" + parts[0]), 400);
    assertThat(p.get("code").asText()).isEqualTo(parts[1]);
  }

  @Test
  void goodsThatAreNotCodesOrListNamesNeverReachTheStore() throws Exception {
    for (String goods :
        new String[] {"chpl' OR 1=1 --", "chpl;DROP TABLE flow", "../chpl", "8542%", "CHPL LIST"}) {
      JsonNode p = problem(server.get("/api/circumvention?" + ROUTE + "&goods=" + enc(goods)), 400);
      assertThat(p.get("code").asText()).isEqualTo("INVALID_ARGUMENT");
      assertThat(p.get("detail").asText()).contains("parameter 'goods'");
    }
    problem(server.get("/api/mirror?exporters=COALITION&since=2022-02&goods=" + enc("x'y")), 400);
  }

  @Test
  void aRoutesSeriesNeedsAHubOtherThanTheTargetAndAGroupWithTrade() throws Exception {
    String series = "/api/circumvention/series?" + ROUTE + "&level=tier";
    assertThat(problem(server.get(series + "&group=tier%202"), 400).get("detail").asText())
        .contains("'hub' is required");
    assertThat(problem(server.get(series + "&hub=TUR"), 400).get("detail").asText())
        .contains("'group' is required");
    assertThat(problem(server.get(series + "&hub=RUS&group=tier%202"), 400).get("detail").asText())
        .contains("is the target");
    assertThat(problem(server.get(series + "&hub=TUR&group=tier%209"), 400).get("detail").asText())
        .contains("groups with trade: tier 1, tier 2");
    assertThat(problem(server.get(series + "&hub=XXX&group=tier%202"), 400).get("code").asText())
        .isEqualTo("UNKNOWN_COUNTRY");
    problem(server.get(series + "&hub=TUR&group=tier%202&permutations=99"), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/mirror?since=2022-02",
        "/api/mirror?exporters=COALITION",
        "/api/mirror?exporters=XXX&since=2022-02",
        "/api/mirror?exporters=COALITION&partners=QQQ&since=2022-02",
        "/api/mirror?exporters=COALITION&since=2022-02&z=1000",
        "/api/mirror?exporters=COALITION&since=2022-02&cifFob=0.5",
        "/api/mirror?exporters=COALITION&since=2022-02&level=country",
        "/api/provenance?goods=8542",
        "/api/provenance?target=RUS&by=week",
        "/api/provenance?target=RUS&via=CHN,XXX",
        "/api/provenance?target=RUS&from=2022-1",
        "/api/provenance?target=RUS&brandBloc=NOPE",
        "/api/provenance?target=RUS&blocDate=soon",
      })
  void malformedMirrorAndProvenanceRequestsAreRefused(String path) throws Exception {
    problem(server.get(path), 400);
  }

  @Test
  void analysesWithoutDataAnswerNotFoundWithTheReason() throws Exception {
    JsonNode p = problem(server.get("/api/provenance?target=DEU"), 404);
    assertThat(p.get("detail").asText()).contains("no shipment records with destination DEU");
  }
}
