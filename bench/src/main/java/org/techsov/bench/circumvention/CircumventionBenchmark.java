package org.techsov.bench.circumvention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.techsov.core.circumvention.CircumventionResult;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.engine.circumvention.CircumventionEngine;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;

/**
 * The circumvention full scan (every hub, every CHPL product, 60 months) on a synthetic world, by
 * route level. The world is built once into {@code bench/target/circumvention-jmh} and reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CircumventionBenchmark {
  @Param({"1000000"})
  public long rows;

  @Param({"hs6", "list"})
  public String level;

  private DuckDbStore store;

  @Setup(Level.Trial)
  public void open() throws Exception {
    Path dir = Path.of("bench/target/circumvention-jmh");
    Files.createDirectories(dir);
    Path db =
        CircumventionWorlds.store(
            dir, CircumventionWorlds.spec(rows, 5000), ReferenceDataLoader.builtIn());
    store = DuckDbStore.open(StoreOptions.defaults(db).withReadOnly(true));
  }

  @Benchmark
  public CircumventionResult fullScan() {
    return new CircumventionEngine(store.connection())
        .run(CircumventionWorlds.fullScan(RouteLevel.parse(level)));
  }

  @TearDown(Level.Trial)
  public void close() {
    store.close();
  }
}
