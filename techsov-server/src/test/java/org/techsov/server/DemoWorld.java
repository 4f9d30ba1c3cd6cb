package org.techsov.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.baci.BaciImportOptions;
import org.techsov.ingest.baci.BaciImporter;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.ingest.reported.BrandTable;
import org.techsov.ingest.reported.ReadingContext;
import org.techsov.ingest.reported.ReadingOptions;
import org.techsov.ingest.reported.ReportedImports;
import org.techsov.ingest.reported.ShipmentImports;
import org.techsov.ingest.rows.RowImportOptions;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.GeneratedMonthly;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.MonthlyOptions;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;

/**
 * The demo world (the one {@code techsov demo} builds: yearly BACI flows, monthly reported flows
 * and shipment records), generated and imported once per test JVM; each test gets its own copy of
 * the store file.
 */
final class DemoWorld {
  static final ReferenceData REFERENCE = ReferenceDataLoader.builtIn();
  private static Path template;
  private static GeneratedWorld world;

  private DemoWorld() {}

  /** A fresh copy of the demo store in {@code dir}. */
  static Path copyInto(Path dir) {
    Path source = template();
    Path target = dir.resolve("demo.duckdb");
    try {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** The generated BACI files. */
  static synchronized GeneratedWorld world() {
    template();
    return world;
  }

  /**
   * The monthly reported flows and shipment records of the demo's circumvention chapter, loaded as
   * {@code techsov demo} loads them.
   */
  private static void loadMonthly(DuckDbStore store, Path dir) {
    WorldSpec spec = WorldSpec.demo();
    GeneratedMonthly m =
        new WorldGenerator(REFERENCE, spec)
            .writeMonthly(
                dir.resolve("monthly"), MonthlyOptions.around(spec), ProgressListener.NONE);
    ReadingContext context =
        ReadingContext.of(
            new ReadingOptions(
                Optional.empty(),
                Optional.empty(),
                Optional.of(HsRevision.HS2022),
                Optional.empty()));
    ReportedImports flows = new ReportedImports(store, REFERENCE);
    for (Path f : m.flowFiles()) {
      flows.run(ReportedImports.Format.COMTRADE, context, options(dir, f), ProgressListener.NONE);
    }
    new ShipmentImports(store, REFERENCE)
        .run(
            context,
            BrandTable.builtIn(REFERENCE.countries()),
            options(dir, m.shipments().orElseThrow()),
            ProgressListener.NONE);
  }

  private static RowImportOptions options(Path dir, Path f) {
    RowImportOptions o = RowImportOptions.of(f);
    return o.withRejectFile(dir.resolve(o.rejectFile()));
  }

  private static synchronized Path template() {
    if (template != null) {
      return template;
    }
    try {
      Path dir = Files.createTempDirectory("techsov-demo-world");
      world =
          new WorldGenerator(REFERENCE, WorldSpec.demo())
              .write(dir.resolve("baci"), WriteOptions.plain(), ProgressListener.NONE);
      Path db = dir.resolve("demo.duckdb");
      try (DuckDbStore store = DuckDbStore.open(StoreOptions.defaults(db))) {
        store.syncReference(REFERENCE);
        BaciImporter importer = new BaciImporter(store, REFERENCE);
        for (Path f : world.flowFiles()) {
          BaciImportOptions o = BaciImportOptions.of(f);
          importer.run(
              new BaciImportOptions(
                  f,
                  Optional.of(world.countryCodes()),
                  Optional.of(world.productCodes()),
                  o.revision(),
                  dir.resolve(o.rejectFile()),
                  false,
                  o.maxRejectRate()),
              ProgressListener.NONE);
        }
        loadMonthly(store, dir);
      }
      template = db;
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
