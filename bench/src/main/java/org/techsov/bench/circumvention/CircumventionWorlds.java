package org.techsov.bench.circumvention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.techsov.core.circumvention.Baseline;
import org.techsov.core.circumvention.CircumventionQuery;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.core.circumvention.RouteOptions;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.reported.ReadingContext;
import org.techsov.ingest.reported.ReadingOptions;
import org.techsov.ingest.reported.ReportedImports;
import org.techsov.ingest.rows.RowImportOptions;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.GeneratedMonthly;
import org.techsov.synth.MonthlyOptions;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;

/** The synthetic worlds the circumvention benchmarks scan, built once and kept on disk. */
final class CircumventionWorlds {
  static final CountryCode RUS = new CountryCode("RUS");
  static final int SANCTION = Months.index(2022, 2);

  private CircumventionWorlds() {}

  /** 2018-2022 (60 months), shock on 24 February 2022, {@code rows} flows a year. */
  static WorldSpec spec(long rows, int products) {
    return new WorldSpec(
        11L, 2018, 2022, rows, products, RUS, LocalDate.of(2022, 2, 24), 0.92, true);
  }

  /** A store holding the world's monthly extract, generated and loaded unless already there. */
  static Path store(Path dir, WorldSpec spec, ReferenceData ref) throws Exception {
    Path db = dir.resolve("scan-" + spec.rowsPerYear() + "-" + spec.products() + ".duckdb");
    if (Files.exists(db)) {
      return db;
    }
    long t0 = System.nanoTime();
    MonthlyOptions o = new MonthlyOptions(2018, 2022, Set.of(84, 85, 88, 90), false, 0.4);
    GeneratedMonthly m =
        new WorldGenerator(ref, spec)
            .writeMonthly(dir.resolve("monthly-" + spec.rowsPerYear()), o, ProgressListener.NONE);
    System.out.printf(
        java.util.Locale.ROOT,
        "generated %,d monthly rows in %.0f s%n",
        m.flowRows(),
        (System.nanoTime() - t0) / 1e9);
    Path part = dir.resolve(db.getFileName() + ".part");
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(part))) {
      s.syncReference(ref);
      ReadingContext c =
          ReadingContext.of(
              new ReadingOptions(
                  java.util.Optional.empty(), java.util.Optional.empty(),
                  java.util.Optional.of(HsRevision.HS2022), java.util.Optional.empty()));
      ReportedImports imports = new ReportedImports(s, ref);
      for (Path f : m.flowFiles()) {
        imports.run(
            ReportedImports.Format.COMTRADE,
            c,
            RowImportOptions.of(f).withRejectFile(dir.resolve("rejects.csv")),
            ProgressListener.NONE);
      }
    }
    Files.move(part, db);
    System.out.printf(java.util.Locale.ROOT, "loaded in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    for (Path f : m.flowFiles()) {
      Files.deleteIfExists(f);
    }
    return db;
  }

  /** Every hub, every CHPL subheading, the 2021 baseline. */
  static CircumventionQuery fullScan(RouteLevel level) {
    return new CircumventionQuery(
        RUS,
        "COALITION",
        LocalDate.of(2022, 3, 1),
        SANCTION,
        OptionalInt.empty(),
        Baseline.parse("previous-year", SANCTION),
        List.of("chpl"),
        List.of(),
        level,
        List.of(),
        RouteOptions.defaults());
  }
}
