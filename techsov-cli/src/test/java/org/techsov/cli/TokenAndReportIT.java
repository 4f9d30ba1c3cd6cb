package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenAndReportIT {
  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void generateAndIngestASmallWorld() {
    Path baci = dir.resolve("baci");
    CliRun gen =
        CliRun.of(
            "generate",
            "--out",
            baci.toString(),
            "--years",
            "2021-2023",
            "--rows-per-year",
            "20000",
            "--no-progress");
    assertThat(gen.exitCode()).as(gen.err()).isZero();
    db = dir.resolve("t.duckdb").toString();
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
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aTokenIsPrintedOnceListedWithoutItsSecretAndRevoked() {
    CliRun created = CliRun.of("token", "create", "--role", "analyst", "--name", "ci", "--db", db);
    assertThat(created.exitCode()).as(created.err()).isZero();
    String token =
        created.out().lines().filter(l -> l.startsWith("tsv_")).findFirst().orElseThrow();
    String id = token.substring(4, 14);
    CliRun list = CliRun.of("token", "list", "--db", db);
    assertThat(list.out()).contains(id).contains("analyst").doesNotContain(token);
    assertThat(CliRun.of("token", "revoke", id, "--db", db).exitCode()).isZero();
    assertThat(CliRun.of("token", "revoke", id, "--db", db).exitCode()).isEqualTo(4);
    assertThat(CliRun.of("token", "create", "--role", "emperor", "--db", db).exitCode())
        .isEqualTo(2);
  }

  @Test
  void theReportIsWrittenAsHtmlOrPdfByTheExtension() throws Exception {
    Path html = dir.resolve("r.html");
    Path pdf = dir.resolve("r.pdf");
    CliRun a =
        CliRun.of(
            "report", "--country", "RUS", "--year", "2023", "--out", html.toString(), "--db", db);
    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(a.out()).contains("8 sections");
    assertThat(Files.readString(html))
        .contains("<h2>Top suppliers</h2>")
        .contains("<h2>Parallel imports</h2>")
        .contains("cannot be assessed on this store")
        .contains("<h2>Import substitution</h2>")
        .contains("<h2>Substitution programmes</h2>")
        .contains("<h2>Targets and claims against the evidence</h2>");
    CliRun b =
        CliRun.of(
            "report", "--country", "RUS", "--year", "2023", "--out", pdf.toString(), "--db", db);
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(
            new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF");
    CliRun bad =
        CliRun.of(
            "report", "--country", "XXX", "--out", dir.resolve("x.pdf").toString(), "--db", db);
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(
            CliRun.of(
                    "report",
                    "--country",
                    "RUS",
                    "--out",
                    dir.resolve("x.doc").toString(),
                    "--db",
                    db)
                .exitCode())
        .isEqualTo(2);
  }
}
