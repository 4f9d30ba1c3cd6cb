package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.trade.TradeFlow;
import org.techsov.engine.complexity.ExportMatrixQuery;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;
import org.techsov.testkit.BaciFlows;

/**
 * A generated world of two years (2021-2022, 500 products), ingested through the command line once
 * per test run and shared by the complexity and feasibility tests, with its flows read plainly for
 * the naive references. Seed from {@code -Dtechsov.seed} (printed).
 */
final class ComplexityWorld {
  private static ComplexityWorld instance;

  final Path dir;
  final Path db;
  final List<TradeFlow> flows = new ArrayList<>();

  private ComplexityWorld(Path dir) {
    this.dir = dir;
    this.db = dir.resolve("c.duckdb");
  }

  static synchronized ComplexityWorld get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("techsov-complexity-it");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        instance = new ComplexityWorld(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      instance.ingest();
    }
    return instance;
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  private void ingest() {
    ReferenceData ref = ReferenceDataLoader.builtIn();
    long seed = Long.getLong("techsov.seed", 3L);
    System.out.println("ComplexityWorld seed " + seed);
    GeneratedWorld w =
        new WorldGenerator(
                ref,
                WorldSpec.demo()
                    .withYears(2021, 2022)
                    .withRows(40_000)
                    .withProducts(500)
                    .withSeed(seed))
            .write(dir.resolve("w"), WriteOptions.plain(), ProgressListener.NONE);
    for (Path f : w.flowFiles()) {
      CliRun r = CliRun.of("ingest", "baci", f.toString(), "--db", db.toString(), "--no-progress");
      assertThat(r.exitCode()).as(r.err()).isZero();
      flows.addAll(BaciFlows.read(f, ref.countries()));
    }
  }

  /** The export matrix of a stored year, read by the engine. */
  ExportMatrix stored(int year, GroupLevel level) {
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db).withReadOnly(true))) {
      return new ExportMatrixQuery(s.connection()).year(year, level, ProgressListener.NONE);
    }
  }
}
