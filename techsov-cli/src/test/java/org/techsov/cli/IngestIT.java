package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.Corruption;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;

class IngestIT {
  private static final long SEED = 7;
  @TempDir static Path dir;
  static GeneratedWorld world;

  @BeforeAll
  static void generateAMillionRowsWithOnePercentDamaged() {
    WorldSpec spec = WorldSpec.demo().withYears(2022, 2022).withRows(1_000_000).withSeed(SEED);
    world =
        new WorldGenerator(ReferenceDataLoader.builtIn(), spec)
            .write(
                dir.resolve("world"),
                new WriteOptions(false, false, new Corruption(0.01, SEED)),
                ProgressListener.NONE);
  }

  /** {@code techsov ingest baci FILE --db DB --rejects REJECTS [MORE] --no-progress}. */
  static CliRun ingest(Path file, Path db, Path rejects, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "ingest",
                "baci",
                file.toString(),
                "--db",
                db.toString(),
                "--rejects",
                rejects.toString()));
    args.addAll(List.of(more));
    args.add("--no-progress");
    return CliRun.of(args.toArray(String[]::new));
  }

  static long flows(Path db) throws Exception {
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db).withReadOnly(true));
        Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM flow")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void storesEveryGoodRowAndRejectsExactlyTheDamagedOnesWithReasons() throws Exception {
    Path file = world.flowFiles().get(0);
    Path db = dir.resolve("a.duckdb");
    Path rejects = dir.resolve("a.rejects.csv");
    CliRun run = ingest(file, db, rejects);
    assertThat(run.exitCode()).as(run.err()).isZero();

    Map<Long, Corruption.Kind> damaged = new TreeMap<>();
    world.damaged().stream()
        .filter(d -> d.kind().isRejectedRow())
        .forEach(d -> damaged.put(d.line(), d.kind()));
    long blank = world.damaged().stream().filter(d -> !d.kind().isRejectedRow()).count();
    assertThat(damaged.size()).isBetween(8_000, 12_000);
    assertThat(blank).isPositive();

    long lines = Files.lines(file).count();
    long read = lines - 1 - blank;
    assertThat(run.out())
        .contains(
            String.format(
                "read %,d = stored %,d + rejected %,d", read, world.goodRows(), damaged.size()));
    assertThat(flows(db)).isEqualTo(world.goodRows());

    List<String> rows = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertThat(rows.get(0)).isEqualTo("file,line,field,raw_value,reason,raw_line");
    Map<Long, String> fieldByLine = new TreeMap<>();
    Map<Corruption.Kind, Integer> seen = new EnumMap<>(Corruption.Kind.class);
    for (String r : rows.subList(1, rows.size())) {
      String[] f = r.split(",", 5);
      fieldByLine.put(Long.parseLong(f[1]), f[2]);
    }
    assertThat(fieldByLine.keySet()).containsExactlyElementsOf(damaged.keySet());
    damaged.forEach(
        (line, kind) -> {
          assertThat(fieldByLine.get(line))
              .as("line %d (%s)", line, kind)
              .isEqualTo(expectedField(kind));
          seen.merge(kind, 1, Integer::sum);
        });
    assertThat(seen.keySet()).hasSize(Corruption.Kind.values().length - 1);
    assertThat(Files.readString(rejects))
        .contains("duplicate key (t, i, j, k); first seen on line");
  }

  private static String expectedField(Corruption.Kind kind) {
    return switch (kind) {
      case NON_NUMERIC_VALUE, NEGATIVE_VALUE, NAN_VALUE, INFINITE_VALUE -> "v";
      case UNKNOWN_EXPORTER -> "i";
      case UNKNOWN_IMPORTER, SAME_COUNTRY -> "j";
      case BAD_PRODUCT, DUPLICATE_KEY -> "k";
      case MISSING_COLUMN, NEGATIVE_QUANTITY -> "q";
      case EXTRA_COLUMN -> "";
      case BLANK_LINE -> throw new AssertionError("not a row");
    };
  }

  @Test
  void aGzipFileIsImportedLikeThePlainOneAndNoRejectFileIsWrittenForACleanFile() throws Exception {
    GeneratedWorld gz =
        new WorldGenerator(
                ReferenceDataLoader.builtIn(),
                WorldSpec.demo().withYears(2021, 2021).withRows(30_000))
            .write(
                dir.resolve("gz"),
                new WriteOptions(true, false, Corruption.none()),
                ProgressListener.NONE);
    Path file = gz.flowFiles().get(0);
    assertThat(file.getFileName().toString()).endsWith(".csv.gz");
    Path db = dir.resolve("gz.duckdb");
    Path rejects = dir.resolve("gz.rejects.csv");
    CliRun run = ingest(file, db, rejects);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(String.format("stored %,d + rejected 0", gz.goodRows()));
    assertThat(flows(db)).isEqualTo(gz.goodRows());
    assertThat(rejects).doesNotExist();
  }

  @Test
  void aReimportIsANoOpUnlessReplaced() throws Exception {
    Path file = world.flowFiles().get(0);
    Path db = dir.resolve("b.duckdb");
    Path rejects = dir.resolve("b.rejects.csv");
    assertThat(ingest(file, db, rejects).exitCode()).isZero();
    CliRun again = ingest(file, db, rejects);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("already imported");
    CliRun replaced = ingest(file, db, rejects, "--replace");
    assertThat(replaced.exitCode()).as(replaced.err()).isZero();
    assertThat(replaced.out()).contains("replaced years 2022 of import 1");
    assertThat(flows(db)).isEqualTo(world.goodRows());
  }

  @Test
  void tooManyRejectsStoresNothingButStillWritesTheRejects() throws Exception {
    Path db = dir.resolve("c.duckdb");
    Path rejects = dir.resolve("c.rejects.csv");
    CliRun run = ingest(world.flowFiles().get(0), db, rejects, "--max-reject-rate", "0.001");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("nothing was stored").contains("more than the allowed 0.1%");
    assertThat(flows(db)).isZero();
    assertThat(Files.lines(rejects).count()).isGreaterThan(8_000);
  }

  @Test
  void badFilesAreRefusedWithTheirNameAndNothingIsStored() throws IOException, Exception {
    Path db = dir.resolve("d.duckdb");
    Path empty = Files.writeString(dir.resolve("BACI_HS17_Y2020_Vx.csv"), "");
    Path headerOnly = Files.writeString(dir.resolve("BACI_HS17_Y2021_Vx.csv"), "t,i,j,k,v,q\n");
    Path other = Files.writeString(dir.resolve("BACI_HS17_Y2019_Vx.csv"), "id,name\n1,x\n");
    Path noRevision =
        Files.writeString(dir.resolve("flows.csv"), "t,i,j,k,v,q\n2022,4,8,010121,1,1\n");
    assertThat(CliRun.of("ingest", "baci", empty.toString(), "--db", db.toString()).err())
        .contains("BACI_HS17_Y2020_Vx.csv: the file is empty");
    assertThat(CliRun.of("ingest", "baci", headerOnly.toString(), "--db", db.toString()).exitCode())
        .isEqualTo(3);
    CliRun notBaci = CliRun.of("ingest", "baci", other.toString(), "--db", db.toString());
    assertThat(notBaci.exitCode()).isEqualTo(3);
    assertThat(notBaci.err()).contains("line 1: not a BACI file");
    CliRun rev = CliRun.of("ingest", "baci", noRevision.toString(), "--db", db.toString());
    assertThat(rev.exitCode()).isEqualTo(2);
    assertThat(rev.err()).contains("--hs-revision");
    assertThat(
            CliRun.of(
                    "ingest", "baci", dir.resolve("missing.csv").toString(), "--db", db.toString())
                .exitCode())
        .isEqualTo(4);
    assertThat(flows(db)).isZero();
  }
}
