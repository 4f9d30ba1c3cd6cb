package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code techsov serve} as a process: it serves, takes a token, and stops cleanly on SIGTERM. */
class ServeIT {
  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void aSmallStore() throws Exception {
    Path baci = dir.resolve("baci");
    assertThat(
            CliRun.of(
                    "generate",
                    "--out",
                    baci.toString(),
                    "--years",
                    "2022-2023",
                    "--rows-per-year",
                    "5000",
                    "--no-progress")
                .exitCode())
        .isZero();
    db = dir.resolve("s.duckdb").toString();
    try (var files = Files.list(baci)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("BACI")).toList()) {
        CliRun in =
            CliRun.of(
                "ingest",
                "baci",
                f.toString(),
                "--db",
                db,
                "--no-progress",
                "--rejects",
                dir.resolve(f.getFileName() + ".rejects").toString());
        assertThat(in.exitCode()).as(in.err()).isZero();
      }
    }
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void serveAnswersOnLoopbackTakesATokenAndReleasesTheStoreWhenStopped() throws Exception {
    CliRun token = CliRun.of("token", "create", "--role", "analyst", "--db", db);
    String secret = token.out().lines().filter(l -> l.startsWith("tsv_")).findFirst().orElseThrow();
    int port = freePort();
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--db",
                db,
                "--port",
                Integer.toString(port))
            .redirectErrorStream(true)
            .start();
    List<String> seen = new ArrayList<>();
    try {
      BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        seen.add(line);
        if (line.startsWith("Dashboard:")) {
          break;
        }
      }
      assertThat(seen)
          .contains(
              "Dashboard: http://127.0.0.1:"
                  + port
                  + "  (API under /api, described at /openapi, explorer at /swagger)");
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      HttpResponse<String> status =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/status")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(status.statusCode()).isEqualTo(200);
      assertThat(status.body()).contains("\"firstYear\":2022");
      HttpResponse<String> session =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/session"))
                  .header("Authorization", "Bearer " + secret)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(session.body()).contains("\"role\":\"analyst\"");
      assertThat(CliRun.of("status", "--db", db).exitCode())
          .as("the server holds the store")
          .isEqualTo(5);
    } finally {
      p.destroy();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM: " + seen).isTrue();
    }
    CliRun after = CliRun.of("token", "list", "--db", db);
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.out()).contains("analyst");
  }

  @Test
  void aBadPortIsAUserErrorAndATakenPortIsExternal() throws Exception {
    assertThat(CliRun.of("serve", "--db", db, "--port", "70000").exitCode()).isEqualTo(2);
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun r =
          CliRun.of(
              "serve",
              "--db",
              dir.resolve("other.duckdb").toString(),
              "--port",
              Integer.toString(taken.getLocalPort()));
      assertThat(r.exitCode()).as(r.err()).isEqualTo(5);
      assertThat(r.err()).contains("--port");
    }
  }
}
