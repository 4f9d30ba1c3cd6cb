package org.techsov.bench.dependency;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.engine.dependency.SqlDialect;
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
 * Latency of the dependency queries a dashboard or an analyst issues, on the demo world (eight
 * years, about 1.1 million flows): one importer by technology area over all years, and one
 * importer's HS6 products in a year with a baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DependencyQueryBenchmark {
  private static final List<String> AREAS =
      List.of("microelectronics", "computers", "telecom", "machine-tools", "aviation", "optics");

  private Path dir;
  private DuckDbStore store;
  private DependencyEngine aggregate;
  private DependencyQuery byArea;
  private DependencyQuery byProduct;

  @Setup(Level.Trial)
  public void load() throws Exception {
    ReferenceData ref = ReferenceDataLoader.builtIn();
    dir = Files.createTempDirectory("techsov-jmh");
    GeneratedWorld w =
        new WorldGenerator(ref, WorldSpec.demo())
            .write(dir.resolve("w"), WriteOptions.plain(), ProgressListener.NONE);
    store = DuckDbStore.open(StoreOptions.defaults(dir.resolve("b.duckdb")));
    store.syncReference(ref);
    BaciImporter importer = new BaciImporter(store, ref);
    for (Path f : w.flowFiles()) {
      importer.run(BaciImportOptions.of(f), ProgressListener.NONE);
    }
    aggregate = new DependencyEngine(store.connection(), SqlDialect.DUCKDB);
    List<CountryCode> rus = List.of(new CountryCode("RUS"));
    LocalDate at = LocalDate.of(2024, 1, 1);
    byArea =
        new DependencyQuery(
            rus,
            2017,
            2024,
            GroupLevel.AREA,
            AREAS,
            List.of(),
            List.of("COALITION", "CHN_HK", "HUBS"),
            at,
            OptionalInt.empty(),
            3);
    byProduct =
        new DependencyQuery(
            rus,
            2023,
            2023,
            GroupLevel.HS6,
            List.of(),
            List.of(),
            List.of("UNFRIENDLY", "CHN_HK"),
            at,
            OptionalInt.of(2021),
            3);
  }

  @TearDown(Level.Trial)
  public void close() {
    store.close();
  }

  @Benchmark
  public List<DependencyRow> areasOverEightYears() {
    return aggregate.run(byArea);
  }

  @Benchmark
  public List<DependencyRow> productsOfOneYearWithBaseline() {
    return aggregate.run(byProduct);
  }
}
