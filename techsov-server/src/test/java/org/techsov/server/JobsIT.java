package org.techsov.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techsov.server.TestServer.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.server.http.Json;

/** Ingest and export jobs: progress as server-sent events, results, cancellation. */
class JobsIT {
  @TempDir static Path dir;
  static TestServer server;
  static Path data;

  @BeforeAll
  static void start() throws Exception {
    data = Files.createDirectories(dir.resolve("data"));
    server =
        new TestServer(
            dir, ServerOptions.defaults(dir.resolve("work")).withPort(0).withDataDir(data));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  static JsonNode waitFor(String id) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode j = json(server.get("/api/jobs/" + id));
      String state = j.get("state").asText();
      if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
        return j;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  static String fileOfYear(int year) {
    StringBuilder b = new StringBuilder("t,i,j,k,v,q\n");
    int[] products = {854231, 854232, 854233, 854239};
    for (int p : products) {
      b.append(year).append(",156,643,").append(p).append(",120.5,3.5\n");
      b.append(year).append(",276,643,").append(p).append(",40.25,1.0\n");
    }
    return b.toString();
  }

  @Test
  void anUploadedFileIsIngestedWithProgressEventsAndChangesTheEtag() throws Exception {
    String q = "/api/dependency?importer=RUS&area=microelectronics&from=2020&to=2031";
    String etag = server.get(q).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> r =
        server.post(
            "/api/jobs/ingest?name=BACI_HS17_Y2031_V202501.csv",
            BodyPublishers.ofString(fileOfYear(2031)),
            bearer(server.analyst));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    String id = json(r).get("id").asText();
    assertThat(r.headers().firstValue("Location")).hasValue("/api/jobs/" + id);

    HttpResponse<java.util.stream.Stream<String>> events =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.base() + "/api/jobs/" + id + "/events"))
                    .header("Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(60))
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    assertThat(events.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/event-stream");
    List<String> lines = events.body().collect(Collectors.toList());
    assertThat(lines).contains("event: done");
    String done = lines.get(lines.indexOf("event: done") + 1).substring("data: ".length());
    JsonNode job = Json.MAPPER.readTree(done);
    assertThat(job.get("state").asText()).as(done).isEqualTo("SUCCEEDED");
    assertThat(job.get("result").get("rowsStored").asLong()).isEqualTo(8);
    assertThat(job.get("result").get("years").get(0).asInt()).isEqualTo(2031);

    HttpResponse<String> after = server.get(q, "If-None-Match", etag);
    assertThat(after.statusCode()).as("a new import changes the ETag").isEqualTo(200);
    assertThat(json(after).get("rows").findValuesAsText("year")).contains("2031");
  }

  @Test
  void aFileInTheDataFolderIsIngestedByPath() throws Exception {
    Files.createDirectories(data.resolve("baci"));
    Files.writeString(data.resolve("baci/BACI_HS17_Y2032_V202501.csv"), fileOfYear(2032));
    HttpResponse<String> r =
        server.post(
            "/api/jobs/ingest-file?path=baci/BACI_HS17_Y2032_V202501.csv",
            BodyPublishers.noBody(),
            bearer(server.admin));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    JsonNode job = waitFor(json(r).get("id").asText());
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(job.get("owner").asText()).isEqualTo("admin");
    assertThat(server.get("/api/imports").body()).contains("BACI_HS17_Y2032_V202501.csv");
  }

  @Test
  void aQueuedIngestCancelledStoresNothingAndAFinishedJobCannotBeCancelled() throws Exception {
    String imports = server.get("/api/imports").body();
    int before = json(server.get("/api/imports")).size();
    String[] analyst = bearer(server.analyst);
    HttpResponse<String> first =
        server.post(
            "/api/jobs/ingest?name=BACI_HS17_Y2033_V202501.csv&replace=true",
            BodyPublishers.ofString(fileOfYear(2033)),
            analyst);
    HttpResponse<String> second =
        server.post(
            "/api/jobs/ingest?name=BACI_HS17_Y2034_V202501.csv",
            BodyPublishers.ofString(fileOfYear(2034)),
            analyst);
    String secondId = json(second).get("id").asText();
    HttpResponse<String> cancel = server.delete("/api/jobs/" + secondId, analyst);
    JsonNode cancelled = waitFor(secondId);
    JsonNode done = waitFor(json(first).get("id").asText());
    if (cancel.statusCode() == 202) {
      assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
      assertThat(server.get("/api/imports").body()).doesNotContain("Y2034");
      assertThat(json(server.get("/api/imports")).size()).isEqualTo(before + 1);
    } else {
      assertThat(cancel.statusCode()).as("finished before the cancel arrived").isEqualTo(409);
    }
    assertThat(done.get("state").asText()).isEqualTo("SUCCEEDED");
    HttpResponse<String> again = server.delete("/api/jobs/" + done.get("id").asText(), analyst);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(imports).isNotNull();
  }

  @Test
  void anExportJobWritesTheWholeAnalysisForDownload() throws Exception {
    HttpResponse<String> r =
        server.post(
            "/api/jobs/export?importer=RUS&level=hs6&from=2017&to=2018&format=csv",
            BodyPublishers.noBody(),
            bearer(server.analyst));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    JsonNode job = waitFor(json(r).get("id").asText());
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    long rows = job.get("result").get("rows").asLong();
    assertThat(rows).isGreaterThan(100);
    HttpResponse<String> file = server.get(job.get("result").get("download").asText());
    assertThat(file.statusCode()).isEqualTo(200);
    List<String> lines = file.body().lines().toList();
    assertThat(lines.get(0))
        .startsWith("year,importer,level,product_group,group_name,import_value_usd");
    assertThat(lines).hasSize((int) rows + 1);
    assertThat(job.get("result").get("cli").asText()).startsWith("techsov dependency");
  }

  @Test
  void aFileWithTooManyRejectsStoresNothingAndTheMessageNamesNoServerFolder() throws Exception {
    String bad = fileOfYear(2035) + "2035,156,643,854240,x,1\n";
    HttpResponse<String> r =
        server.post(
            "/api/jobs/ingest?name=BACI_HS17_Y2035_V202501.csv",
            BodyPublishers.ofString(bad),
            bearer(server.analyst));
    JsonNode job = waitFor(json(r).get("id").asText());
    assertThat(job.get("state").asText()).isEqualTo("FAILED");
    JsonNode error = job.get("error");
    assertThat(error.get("status").asInt()).isEqualTo(422);
    assertThat(error.get("code").asText()).isEqualTo("TOO_MANY_REJECTS");
    assertThat(error.get("detail").asText())
        .contains("maxRejectRate")
        .doesNotContain(dir.toString())
        .doesNotContain("--max-reject-rate");
    assertThat(server.get("/api/imports").body()).doesNotContain("Y2035");

    HttpResponse<String> again =
        server.post(
            "/api/jobs/ingest?name=BACI_HS17_Y2035_V202501.csv&maxRejectRate=0.2",
            BodyPublishers.ofString(bad),
            bearer(server.analyst));
    JsonNode stored = waitFor(json(again).get("id").asText());
    assertThat(stored.get("state").asText()).as(stored.toString()).isEqualTo("SUCCEEDED");
    assertThat(stored.get("result").get("rowsRejected").asInt()).isEqualTo(1);
    assertThat(stored.get("result").get("firstRejects").get(0).get("line").asInt()).isEqualTo(10);
  }
}
