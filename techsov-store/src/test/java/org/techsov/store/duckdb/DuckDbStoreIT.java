package org.techsov.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.spi.BulkImportRequest;
import org.techsov.core.spi.ImportRecord;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.spi.RowReject;
import org.techsov.core.spi.StagedImport;

class DuckDbStoreIT {
  @TempDir Path dir;

  private DuckDbStore open(Path db) {
    return DuckDbStore.open(StoreOptions.defaults(db));
  }

  private static long count(DuckDbStore s, String sql) throws Exception {
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private BulkImportRequest request(Path file, String checksum, boolean replace) {
    Map<Integer, Integer> codes = new HashMap<>();
    codes.put(4, 4);
    codes.put(8, 8);
    codes.put(251, 250);
    return new BulkImportRequest(
        file.toString(),
        file.getFileName().toString(),
        "BACI",
        checksum,
        100,
        HsRevision.HS2017,
        codes,
        Map.of(),
        replace,
        false);
  }

  @Test
  void aNewStoreIsMigratedToTheLatestSchemaOnce() {
    Path db = dir.resolve("a.duckdb");
    try (DuckDbStore s = open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
    }
    try (DuckDbStore s = open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
    }
  }

  @Test
  void aStoreFromANewerSchemaIsRefused() throws Exception {
    Path db = dir.resolve("new.duckdb");
    try (DuckDbStore s = open(db);
        Statement st = s.connection().createStatement()) {
      st.execute("INSERT INTO schema_version VALUES (99, 'from the future', current_timestamp)");
    }
    assertThatThrownBy(() -> open(db))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("upgrade techsov")
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.STORE_SCHEMA_TOO_NEW);
  }

  @Test
  void aFileThatIsNotADatabaseIsRefused() throws Exception {
    Path db =
        Files.writeString(
            dir.resolve("notes.duckdb"), "these are not the bytes of a database\n".repeat(400));
    assertThatThrownBy(() -> open(db))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("notes.duckdb");
  }

  @Test
  void aStoreLockedByAnotherProcessIsReportedAsSuch() throws Exception {
    Path db = dir.resolve("locked.duckdb");
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                db.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(r.readLine()).isEqualTo("locked");
      assertThatThrownBy(() -> open(db))
          .isInstanceOf(TechsovException.class)
          .hasMessageContaining("in use by another process")
          .extracting(e -> ((TechsovException) e).code())
          .isEqualTo(ErrorCode.STORE_LOCKED);
    } finally {
      holder.destroyForcibly().waitFor();
    }
  }

  @Test
  void stagingValidatesRowsAndCommitRecordsTheAccounting() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("BACI_HS17_Y2022_V1.csv"),
            "t,i,j,k,v,q\n"
                + "2022,4,8,010121,1.5,2\n" // 2 good
                + "2022,4,8,010122,abc,2\n" // 3 not a number (parser)
                + "2022,4,999,010123,1,1\n" // 4 unknown importer
                + "2022,251,8,10124,2.25,NA\n" // 5 good, 5-digit product, France's BACI code
                + "2022,4,8,010121,9,9\n" // 6 duplicate of line 2
                + "2022,4,8,010125,-1,1\n"); // 7 negative
    try (DuckDbStore s = open(dir.resolve("s.duckdb"))) {
      ImportRecord r;
      try (StagedImport st = s.stage(request(f, "c1", false), ProgressListener.NONE)) {
        assertThat(st.rowsRead()).isEqualTo(6);
        assertThat(st.rowsStored()).isEqualTo(2);
        assertThat(st.structuralRejects())
            .singleElement()
            .satisfies(
                x -> {
                  assertThat(x.line()).isEqualTo(3);
                  assertThat(x.field()).isEqualTo("v");
                  assertThat(x.rawValue()).isEqualTo("abc");
                });
        assertThat(st.rowRejects()).extracting(RowReject::ordinal).containsExactly(1L, 3L, 4L);
        assertThat(st.rowRejects().get(0).reason()).contains("unknown importer");
        assertThat(st.rowRejects().get(1).reason()).contains("duplicate key");
        assertThat(st.rowRejects().get(1).firstOrdinal()).isEqualTo(0);
        assertThat(st.rowRejects().get(2).reason()).contains("negative");
        r = st.commit("rejects.csv");
      }
      assertThat(r.rowsRead()).isEqualTo(r.rowsStored() + r.rowsRejected());
      assertThat(count(s, "SELECT count(*) FROM flow")).isEqualTo(2);
      assertThat(count(s, "SELECT sum(value_usd) FROM flow")).isEqualTo(3750);
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM flow WHERE exporter = 250 AND product = 10124 AND quantity IS NULL"))
          .isEqualTo(1);
      assertThat(s.findImport("c1"))
          .hasValueSatisfying(x -> assertThat(x.years()).containsExactly(2022));
    }
  }

  @Test
  void closingWithoutCommitLeavesTheStoreAsItWas() throws Exception {
    Path f = Files.writeString(dir.resolve("f.csv"), "t,i,j,k,v,q\n2022,4,8,010121,1.5,2\n");
    try (DuckDbStore s = open(dir.resolve("r.duckdb"))) {
      try (StagedImport st = s.stage(request(f, "c2", false), ProgressListener.NONE)) {
        assertThat(st.rowsStored()).isEqualTo(1);
      }
      assertThat(count(s, "SELECT count(*) FROM flow")).isZero();
      assertThat(s.imports()).isEmpty();
    }
  }

  @Test
  void overlappingYearsOfTheSameSourceNeedReplace() throws Exception {
    Path a =
        Files.writeString(
            dir.resolve("a.csv"), "t,i,j,k,v,q\n2021,4,8,010121,1,1\n2022,4,8,010121,1,1\n");
    Path b = Files.writeString(dir.resolve("b.csv"), "t,i,j,k,v,q\n2022,4,8,010121,5,1\n");
    try (DuckDbStore s = open(dir.resolve("o.duckdb"))) {
      try (StagedImport st = s.stage(request(a, "a", false), ProgressListener.NONE)) {
        st.commit("");
      }
      assertThatThrownBy(() -> s.stage(request(b, "b", false), ProgressListener.NONE))
          .hasMessageContaining("covers year(s) 2022 already loaded from a.csv")
          .hasMessageContaining("--replace");
      assertThat(count(s, "SELECT count(*) FROM flow")).isEqualTo(2);
      try (StagedImport st = s.stage(request(b, "b", true), ProgressListener.NONE)) {
        assertThat(st.commit("").note()).contains("replaced years 2022 of import 1");
      }
      assertThat(count(s, "SELECT count(*) FROM flow")).isEqualTo(2);
      assertThat(count(s, "SELECT sum(value_usd) FROM flow WHERE year = 2022")).isEqualTo(5000);
      List<ImportRecord> all = s.imports();
      assertThat(all).hasSize(2);
      // import ids come from a sequence, which a refused import also advances
      assertThat(all.get(0).note()).contains("years 2022 replaced by import " + all.get(1).id());
    }
  }

  @Test
  void aTruncatedGzipFileIsAMalformedFileAndNothingIsStored() throws Exception {
    Path gz = dir.resolve("t.csv.gz");
    try (var o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      StringBuilder sb = new StringBuilder("t,i,j,k,v,q\n");
      for (int i = 0; i < 50_000; i++) {
        sb.append("2022,4,8,").append(100000 + i).append(",1.5,2\n");
      }
      o.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
    }
    byte[] bytes = Files.readAllBytes(gz);
    Path cut =
        Files.write(dir.resolve("cut.csv.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    try (DuckDbStore s = open(dir.resolve("g.duckdb"))) {
      assertThatThrownBy(() -> s.stage(request(cut, "g", false), ProgressListener.NONE))
          .isInstanceOf(TechsovException.class)
          .hasMessageContaining("cut.csv.gz")
          .extracting(e -> ((TechsovException) e).code())
          .isEqualTo(ErrorCode.MALFORMED_FILE);
      assertThat(count(s, "SELECT count(*) FROM flow")).isZero();
    }
  }
}
