package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;

/** The row-by-row importers from the command line: accounting, refusals, exit codes. */
class ReportedIngestIT {
  private static final String HEADER =
      "product_code,product_level,reporter_iso3,partner_iso3,period,value_eur\n";
  @TempDir Path dir;

  private long rows(Path db) throws Exception {
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db).withReadOnly(true));
        Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM reported_flow")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void tooManyBadRowsStoreNothingAndExitWithTheDataCode() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(
        f, HEADER + "85423111,CN8,DEU,ARM,2022-03,-5\n85423111,CN8,DEU,ARM,2022-04,7\n");
    Path db = dir.resolve("a.duckdb");
    CliRun run =
        CliRun.of(
            "ingest",
            "comext",
            f.toString(),
            "--flow",
            "export",
            "--db",
            db.toString(),
            "--rejects",
            dir.resolve("bad.rejects.csv").toString(),
            "--no-progress");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("1 of 2 rows rejected").contains("nothing was stored");
    assertThat(Files.readString(dir.resolve("bad.rejects.csv")))
        .contains("bad.csv,2,value,-5,\"negative value");
    assertThat(rows(db)).isZero();
  }

  @Test
  void aFileWithoutFlowsNeedsTheFlowFlag() {
    Path f = dir.resolve("noflow.csv");
    CliRun run =
        CliRun.of(
            "ingest",
            "comext",
            dir.resolve("missing.csv").toString(),
            "--db",
            dir.resolve("b.duckdb").toString());
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(f).doesNotExist();
  }

  @Test
  void replacingALoadedMonthSwapsItsRows() throws Exception {
    Path db = dir.resolve("c.duckdb");
    Path first = dir.resolve("first.csv");
    Path revised = dir.resolve("revised.csv");
    Files.writeString(first, HEADER + "85423111,CN8,DEU,ARM,2022-03,100\n");
    Files.writeString(
        revised, HEADER + "85423111,CN8,DEU,ARM,2022-03,120\n85423119,CN8,DEU,ARM,2022-03,5\n");
    assertThat(
            CliRun.of(
                    "ingest",
                    "comext",
                    first.toString(),
                    "--flow",
                    "export",
                    "--db",
                    db.toString(),
                    "--no-progress")
                .exitCode())
        .isZero();
    CliRun refused =
        CliRun.of(
            "ingest",
            "comext",
            revised.toString(),
            "--flow",
            "export",
            "--db",
            db.toString(),
            "--no-progress");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err()).contains("already loaded from first.csv").contains("--replace");
    CliRun replaced =
        CliRun.of(
            "ingest",
            "comext",
            revised.toString(),
            "--flow",
            "export",
            "--replace",
            "--db",
            db.toString(),
            "--no-progress");
    assertThat(replaced.exitCode()).as(replaced.err()).isZero();
    assertThat(replaced.out()).contains("replaced 1 rows of import 1");
    assertThat(rows(db)).isEqualTo(2);
  }
}
