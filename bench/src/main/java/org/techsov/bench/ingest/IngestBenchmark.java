package org.techsov.bench.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.techsov.bench.Harness;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.engine.dependency.ExportFormat;
import org.techsov.ingest.baci.BaciImportOptions;
import org.techsov.ingest.baci.BaciImporter;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;

/**
 * End-to-end benchmark of loading a BACI year and computing dependency, each against its plain
 * DuckDB peer, in one run: (a) DuckDB's own load {@code CREATE TABLE AS SELECT * FROM
 * read_csv(...)} with no validation; (b) techsov's validated, accounted, atomic ingest of the same
 * file; (c) hand-written DuckDB SQL for the HHI per importer and HS6 product, written to Parquet;
 * (d) techsov's dependency analysis for every importer and HS6 product (HHI, supplier count, top
 * three suppliers, two bloc shares), written to Parquet. The steps alternate a, b, c, d in each
 * round; medians and per-round ratios (b)/(a) and (d)/(c) are printed.
 *
 * <p>Usage: {@code IngestBenchmark [--dir DIR] [--rows N] [--runs N]}.
 */
public final class IngestBenchmark {
  private static final String HAND_HHI =
      "WITH s AS (SELECT year, importer, product, exporter, sum(value_usd) AS v FROM flow"
          + " GROUP BY year, importer, product, exporter),"
          + " t AS (SELECT year, importer, product, sum(v) AS total FROM s GROUP BY year, importer, product)"
          + " SELECT s.year, s.importer, s.product, sum((s.v / t.total) * (s.v / t.total)) AS hhi"
          + " FROM s JOIN t USING (year, importer, product) GROUP BY s.year, s.importer, s.product";

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(Harness.arg(args, "--dir", "bench/target/ingest-bench"));
    long rows = Long.parseLong(Harness.arg(args, "--rows", "11000000"));
    int runs = Integer.parseInt(Harness.arg(args, "--runs", "5"));
    ReferenceData ref = ReferenceDataLoader.builtIn();
    Path file = worldFile(dir, rows, ref);
    System.out.printf(
        Locale.ROOT,
        "file %s, %.0f MB, %d processors%n",
        file.getFileName(),
        Files.size(file) / 1e6,
        Runtime.getRuntime().availableProcessors());
    double[][] t = new double[4][runs];
    for (int r = 0; r < runs; r++) {
      t[0][r] = plainLoad(dir, file);
      Path db = dir.resolve("techsov-" + r + ".duckdb");
      t[1][r] = ingest(db, file, ref);
      try (DuckDbStore store = DuckDbStore.open(StoreOptions.defaults(db))) {
        t[2][r] = handHhi(store.connection(), dir.resolve("c.parquet"));
        t[3][r] = dependency(store, dir.resolve("d.parquet"));
      }
      Harness.deleteStore(db);
      Harness.printRound(t, r);
    }
    report(t);
    System.out.printf("peak resident memory of the whole process: %s%n", peakRss());
  }

  private static Path worldFile(Path dir, long rows, ReferenceData ref) throws Exception {
    Path worldDir = dir.resolve("world-" + rows);
    WorldSpec spec = WorldSpec.baciYear(11L).withRows(rows);
    Path expected = worldDir.resolve("BACI_HS17_Y2022_V11.csv");
    if (!Files.exists(expected)) {
      System.out.println("generating a BACI-sized year (" + rows + " rows)...");
      GeneratedWorld w =
          new WorldGenerator(ref, spec)
              .write(worldDir, WriteOptions.plain(), ProgressListener.NONE);
      System.out.println("generated " + w.goodRows() + " rows");
    }
    return expected;
  }

  static double plainLoad(Path dir, Path file) throws Exception {
    Path db = dir.resolve("plain.duckdb");
    Harness.deleteStore(db);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      long t0 = System.nanoTime();
      s.execute("CREATE TABLE plain AS SELECT * FROM read_csv('" + file.toAbsolutePath() + "')");
      return Harness.seconds(t0);
    } finally {
      Harness.deleteStore(db);
    }
  }

  static double ingest(Path db, Path file, ReferenceData ref) {
    Harness.deleteStore(db);
    try (DuckDbStore store = DuckDbStore.open(StoreOptions.defaults(db))) {
      store.syncReference(ref);
      BaciImportOptions o = BaciImportOptions.of(file);
      o =
          new BaciImportOptions(
              file,
              o.countryCodes(),
              o.products(),
              o.revision(),
              db.resolveSibling("rejects.csv"),
              false,
              o.maxRejectRate());
      long t0 = System.nanoTime();
      new BaciImporter(store, ref).run(o, ProgressListener.NONE);
      return Harness.seconds(t0);
    }
  }

  static double handHhi(Connection c, Path out) throws Exception {
    try (Statement s = c.createStatement()) {
      long t0 = System.nanoTime();
      s.execute(
          "COPY ("
              + HAND_HHI
              + ") TO '"
              + out.toAbsolutePath()
              + "' (FORMAT PARQUET, COMPRESSION zstd)");
      return Harness.seconds(t0);
    }
  }

  static double dependency(DuckDbStore store, Path out) {
    DependencyQuery q =
        new DependencyQuery(
            List.of(),
            2022,
            2022,
            GroupLevel.HS6,
            List.of(),
            List.of(),
            List.of("UNFRIENDLY", "CHN_HK"),
            LocalDate.of(2024, 1, 1),
            OptionalInt.empty(),
            3);
    long t0 = System.nanoTime();
    new DependencyEngine(store.connection()).export(q, ExportFormat.PARQUET, out);
    return Harness.seconds(t0);
  }

  private static void report(double[][] t) {
    String[] names = {
      "(a) DuckDB plain load",
      "(b) techsov ingest",
      "(c) hand-written HHI SQL",
      "(d) techsov dependency"
    };
    Harness.printMedians(names, t, 26);
    System.out.printf(Locale.ROOT, "ratio (b)/(a): median %.2f%n", medianRatio(t[1], t[0]));
    System.out.printf(Locale.ROOT, "ratio (d)/(c): median %.2f%n", medianRatio(t[3], t[2]));
  }

  private static double medianRatio(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] / b[i];
    }
    return Harness.median(r);
  }

  private static String peakRss() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return line.substring(6).trim();
      }
    }
    return "unknown";
  }
}
