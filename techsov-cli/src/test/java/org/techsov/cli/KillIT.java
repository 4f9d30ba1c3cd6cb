package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;

/** Kills an ingest process at each stage and checks that the store is exactly as it was. */
class KillIT {
  @TempDir static Path dir;
  static GeneratedWorld small;
  static GeneratedWorld big;

  @BeforeAll
  static void generate() {
    small =
        new WorldGenerator(
                ReferenceDataLoader.builtIn(),
                WorldSpec.demo().withYears(2021, 2021).withRows(20_000))
            .write(dir.resolve("small"), WriteOptions.plain(), ProgressListener.NONE);
    big =
        new WorldGenerator(
                ReferenceDataLoader.builtIn(),
                WorldSpec.demo().withYears(2022, 2022).withRows(3_000_000))
            .write(dir.resolve("big"), WriteOptions.plain(), ProgressListener.NONE);
  }

  record Counts(long flows, long imports, long importedRows) {}

  static Counts counts(Path db) throws Exception {
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db));
        Statement st = s.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM flow), (SELECT count(*) FROM import_log),"
                    + " (SELECT coalesce(sum(rows_stored), 0) FROM import_log)")) {
      rs.next();
      return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
    }
  }

  @Test
  void killingTheProcessAtAnyStageLeavesTheStoreAsItWas() throws Exception {
    List<String> stages = List.of("checksum", "load", "validate", "locate");
    int killedMidWork = 0;
    for (String stage : stages) {
      Path db = dir.resolve("kill-" + stage + ".duckdb");
      assertThat(
              CliRun.of(
                      "ingest",
                      "baci",
                      small.flowFiles().get(0).toString(),
                      "--db",
                      db.toString(),
                      "--rejects",
                      dir.resolve("s.rejects.csv").toString(),
                      "--no-progress")
                  .exitCode())
          .isZero();
      Counts before = counts(db);
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "ingest",
                  "baci",
                  big.flowFiles().get(0).toString(),
                  "--db",
                  db.toString(),
                  "--rejects",
                  dir.resolve("b.rejects.csv").toString())
              .redirectErrorStream(true)
              .start();
      List<String> seen = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          seen.add(line);
          if (line.startsWith(stage)) {
            p.destroyForcibly();
            break;
          }
        }
      }
      int exit = p.waitFor();
      Counts after = counts(db);
      Counts complete =
          new Counts(
              before.flows() + big.goodRows(),
              before.imports() + 1,
              before.importedRows() + big.goodRows());
      if (exit != 0 && !stage.equals("locate")) {
        killedMidWork++;
        assertThat(after).as("killed at %s after %s", stage, seen).isEqualTo(before);
      } else if (exit != 0) {
        // the last stage before commit: a kill may land just after the commit
        assertThat(after).as("killed at %s", stage).isIn(before, complete);
      } else {
        assertThat(after.flows()).isEqualTo(before.flows() + big.goodRows());
      }
    }
    assertThat(killedMidWork).as("kills that interrupted an import").isGreaterThanOrEqualTo(3);
  }
}
