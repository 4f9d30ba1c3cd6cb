package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.ingest.catalogue.CatalogueReader;
import org.techsov.ingest.catalogue.CatalogueWriter;

/**
 * The catalogue commands against a real PostgreSQL registry, started by the build with
 * scripts/test-postgres.sh (its URL in system property techsov.test.postgres.url). Fails, never
 * skips, when there is no server.
 */
class RegistryCliIT {
  @TempDir Path dir;
  private String url;

  @BeforeEach
  void emptyRegistry() {
    url = System.getProperty("techsov.test.postgres.url");
    if (url == null || url.isBlank() || url.contains("${")) {
      fail(
          "no PostgreSQL for the tests: system property techsov.test.postgres.url is not set;"
              + " run them through Maven, which starts one with scripts/test-postgres.sh");
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      fail("the test PostgreSQL at " + url + " does not answer: " + e.getMessage(), e);
    }
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--registry";
    all[args.length + 1] = url;
    all[args.length + 2] = "--db";
    all[args.length + 3] = dir.resolve("local.duckdb").toString();
    return CliRun.of(all);
  }

  @Test
  void theCatalogueCommandsWorkOnTheRegistryWithoutTouchingTheStoreFile() throws Exception {
    CliRun list = run("catalogue", "list", "--kind", "programmes");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.err()).contains("the catalogue of registry postgres://");
    assertThat(list.out()).contains("mir-cards", "max-messenger");

    Path seeds = dir.resolve("seeds.yaml");
    CatalogueWriter.write(BuiltInCatalogue.seeds(), seeds);
    CliRun replace = run("catalogue", "import", "--replace", seeds.toString());
    assertThat(replace.exitCode()).as(replace.err()).isZero();
    assertThat(replace.out()).contains("replaced the catalogue of registry postgres://");

    Path out = dir.resolve("out.yaml");
    assertThat(run("catalogue", "export", "--out", out.toString()).exitCode()).isZero();
    assertThat(CatalogueReader.read(out)).isEqualTo(BuiltInCatalogue.seeds());

    CliRun show = run("programme", "show", "max-messenger");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out()).contains("- 2026-03-10  100 mn users  [zaks-2026-03]");

    CliRun forecast = run("forecast", "mir-cards", "--target", "2026", "--resamples", "200");
    assertThat(forecast.exitCode()).as(forecast.err()).isZero();
    assertThat(forecast.out()).contains("(chosen)");

    CliRun scorecard = run("scorecard", "--as-of", "2026-03-15", "--resamples", "200");
    assertThat(scorecard.exitCode()).as(scorecard.err()).isZero();
    assertThat(scorecard.out())
        .contains("[off track] microelectronics/node-2030")
        .contains("trade measure: not computed: no store file");

    CliRun unknown = run("programme", "show", "nope");
    assertThat(unknown.exitCode()).isEqualTo(4);
    assertThat(unknown.err()).contains("no programme 'nope' in the catalogue of registry");

    assertThat(Files.exists(dir.resolve("local.duckdb"))).isFalse();
  }
}
