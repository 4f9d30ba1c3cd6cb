package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.trade.TradeFlow;
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
import org.techsov.testkit.BaciFlows;
import org.techsov.testkit.NaiveDependency;

/** The engine's dependency analysis equals the naive reference on generated worlds. */
class EngineVsReferenceIT {
  private static final ReferenceData REF = ReferenceDataLoader.builtIn();
  @TempDir static Path dir;
  static DuckDbStore store;
  static List<TradeFlow> flows = new ArrayList<>();

  @BeforeAll
  static void loadAWorld() {
    long seed = Long.getLong("techsov.seed", 42L);
    System.out.println("EngineVsReferenceIT seed " + seed);
    GeneratedWorld w =
        new WorldGenerator(
                REF,
                WorldSpec.demo()
                    .withYears(2019, 2023)
                    .withRows(30_000)
                    .withProducts(600)
                    .withSeed(seed))
            .write(dir.resolve("w"), WriteOptions.plain(), ProgressListener.NONE);
    store = DuckDbStore.open(StoreOptions.defaults(dir.resolve("e.duckdb")));
    store.syncReference(REF);
    BaciImporter importer = new BaciImporter(store, REF);
    for (Path f : w.flowFiles()) {
      importer.run(BaciImportOptions.of(f), ProgressListener.NONE);
      flows.addAll(BaciFlows.read(f, REF.countries()));
    }
  }

  /** The analysis, in each dialect DuckDB runs, must equal the reference. */
  private static void check(DependencyQuery q) {
    List<DependencyRow> naive = new NaiveDependency(REF).run(q, flows);
    for (SqlDialect dialect : List.of(SqlDialect.DUCKDB)) {
      compare(q, new DependencyEngine(store.connection(), dialect).run(q), naive);
    }
  }

  private static void compare(
      DependencyQuery q, List<DependencyRow> engine, List<DependencyRow> naive) {
    assertThat(engine).hasSameSizeAs(naive).isNotEmpty();
    for (int i = 0; i < naive.size(); i++) {
      DependencyRow e = engine.get(i);
      DependencyRow n = naive.get(i);
      String where = n.importer() + " " + n.group() + " " + n.year();
      assertThat(e.importer()).as(where).isEqualTo(n.importer());
      assertThat(e.group()).as(where).isEqualTo(n.group());
      assertThat(e.year()).as(where).isEqualTo(n.year());
      assertThat(e.importValueUsd())
          .as(where)
          .isCloseTo(n.importValueUsd(), within(1e-9 * n.importValueUsd()));
      assertThat(e.supplierCount()).as(where).isEqualTo(n.supplierCount());
      assertThat(e.hhi()).as(where).isCloseTo(n.hhi(), within(1e-12));
      assertThat(e.topSuppliers()).as(where).hasSameSizeAs(n.topSuppliers());
      for (int k = 0; k < n.topSuppliers().size(); k++) {
        assertThat(e.topSuppliers().get(k).supplier())
            .as(where)
            .isEqualTo(n.topSuppliers().get(k).supplier());
        assertThat(e.topSuppliers().get(k).share())
            .as(where)
            .isCloseTo(n.topSuppliers().get(k).share(), within(1e-12));
      }
      for (int b = 0; b < q.blocs().size(); b++) {
        assertThat(e.blocShares().get(b).share())
            .as(where + " " + q.blocs().get(b))
            .isCloseTo(n.blocShares().get(b).share(), within(1e-12));
      }
      assertThat(e.baseline().isPresent()).isEqualTo(n.baseline().isPresent());
      if (n.baseline().isPresent()) {
        var eb = e.baseline().get();
        var nb = n.baseline().get();
        assertThat(eb.importValueUsd())
            .as(where)
            .isCloseTo(nb.importValueUsd(), within(1e-9 * Math.max(1, nb.importValueUsd())));
        if (!Double.isNaN(nb.hhi())) {
          assertThat(eb.hhi()).as(where).isCloseTo(nb.hhi(), within(1e-12));
        }
      }
    }
  }

  @Test
  void everyImporterAtHs6WithBlocsTopSuppliersAndABaseline() {
    check(
        new DependencyQuery(
            List.of(),
            2021,
            2023,
            GroupLevel.HS6,
            List.of(),
            List.of(),
            List.of("COALITION", "CHN_HK", "EU27"),
            LocalDate.of(2024, 1, 1),
            OptionalInt.of(2019),
            3));
  }

  @Test
  void oneImporterByTechnologyArea() {
    check(
        new DependencyQuery(
            List.of(new CountryCode("RUS")),
            2019,
            2023,
            GroupLevel.AREA,
            List.of("microelectronics", "computers", "telecom", "machine-tools"),
            List.of(),
            List.of("UNFRIENDLY"),
            LocalDate.of(2022, 3, 5),
            OptionalInt.empty(),
            5));
  }

  @Test
  void headingsRestrictedToProductsWithoutBlocsOrSuppliers() {
    check(
        new DependencyQuery(
            List.of(new CountryCode("DEU"), new CountryCode("CHN")),
            2020,
            2022,
            GroupLevel.HS4,
            List.of(),
            List.of(new HsCode("85"), new HsCode("8471")),
            List.of(),
            LocalDate.of(2024, 1, 1),
            OptionalInt.empty(),
            0));
  }

  @Test
  void chaptersOfAnAreaWithMembershipAtAnEarlyDate() {
    check(
        new DependencyQuery(
            List.of(),
            2022,
            2022,
            GroupLevel.HS2,
            List.of("machine-tools", "optics"),
            List.of(),
            List.of("UNFRIENDLY", "BRICS"),
            LocalDate.of(2021, 1, 1),
            OptionalInt.of(2021),
            2));
  }
}
