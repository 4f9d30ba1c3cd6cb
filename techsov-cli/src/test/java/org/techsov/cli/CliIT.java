package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliIT {
  @TempDir Path dir;

  @Test
  void everyCommandHasHelp() {
    for (String[] cmd :
        new String[][] {
          {"--help"},
          {"demo", "--help"},
          {"ingest", "--help"},
          {"ingest", "baci", "--help"},
          {"dependency", "--help"},
          {"complexity", "--help"},
          {"feasibility", "--help"},
          {"generate", "--help"},
          {"status", "--help"},
          {"catalogue", "--help"},
          {"catalogue", "import", "--help"},
          {"catalogue", "export", "--help"},
          {"catalogue", "list", "--help"},
          {"programme", "--help"},
          {"programme", "show", "--help"},
          {"forecast", "--help"},
          {"scorecard", "--help"}
        }) {
      CliRun r = CliRun.of(cmd);
      assertThat(r.exitCode()).as(String.join(" ", cmd)).isZero();
      assertThat(r.out()).contains("Usage:");
    }
  }

  @Test
  void unknownOptionsAreUserErrors() {
    CliRun r = CliRun.of("dependency", "--frobnicate");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void anEmptyStoreHasNoDataYet() {
    Path db = dir.resolve("empty.duckdb");
    assertThat(
            CliRun.of("ingest", "baci", "--db", db.toString(), dir.resolve("none.csv").toString())
                .exitCode())
        .isEqualTo(4);
    CliRun r = CliRun.of("dependency", "--db", db.toString(), "--importer", "RUS");
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err()).contains("holds no trade flows yet");
  }

  @Test
  void aBadConfigurationValueNamesItsKeyAndSource() throws Exception {
    Path cfg = Files.writeString(dir.resolve("techsov.yaml"), "memoryLimit: lots\n");
    CliRun r = CliRun.of("status", "--config", cfg.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("techsov.yaml key memoryLimit: invalid value 'lots'");
    CliRun env =
        CliRun.with(
            Map.of("TECHSOV_THREADS", "zero"),
            "status",
            "--db",
            dir.resolve("x.duckdb").toString());
    assertThat(env.exitCode()).isEqualTo(2);
    assertThat(env.err()).contains("environment variable TECHSOV_THREADS");
  }

  @Test
  void generateWritesADeterministicWorld() throws Exception {
    String[] args = {
      "generate",
      "--out",
      dir.resolve("g1").toString(),
      "--rows-per-year",
      "5000",
      "--years",
      "2021-2022",
      "--no-progress"
    };
    assertThat(CliRun.of(args).exitCode()).isZero();
    args[2] = dir.resolve("g2").toString();
    CliRun again = CliRun.of(args);
    assertThat(again.out()).contains("in 2 file(s)");
    String name = "BACI_HS17_Y2022_V20220224.csv";
    assertThat(Files.mismatch(dir.resolve("g1").resolve(name), dir.resolve("g2").resolve(name)))
        .isEqualTo(-1L);
  }
}
