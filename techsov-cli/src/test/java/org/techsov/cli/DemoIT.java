package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;

class DemoIT {
  @TempDir Path dir;

  @Test
  void theDemoTellsTheSeedsStoryInNumbers() {
    CliRun run = CliRun.of("demo", "--dir", dir.toString(), "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("1. Dependency: Russia's microelectronics imports")
        .contains("reproduce: techsov dependency")
        .contains("rejected 0")
        .contains("2. Circumvention: coalition high-priority goods (CHPL) reaching Russia")
        .contains("re-export signature")
        .contains("reproduce: techsov circumvention")
        .contains("reproduce: techsov provenance");
    try (DuckDbStore s =
        DuckDbStore.open(StoreOptions.defaults(dir.resolve("demo.duckdb")).withReadOnly(true))) {
      List<DependencyRow> rows =
          new DependencyEngine(s.connection())
              .run(
                  new DependencyQuery(
                      List.of(new CountryCode("RUS")),
                      2021,
                      2023,
                      GroupLevel.AREA,
                      List.of("microelectronics"),
                      List.of(),
                      List.of("COALITION", "CHN_HK"),
                      LocalDate.of(2024, 1, 1),
                      OptionalInt.empty(),
                      1));
      DependencyRow before = rows.get(0);
      DependencyRow after = rows.get(2);
      assertThat(before.year()).isEqualTo(2021);
      assertThat(before.blocShare("COALITION")).isGreaterThan(0.4);
      assertThat(after.year()).isEqualTo(2023);
      assertThat(after.blocShare("CHN_HK")).as("China's share after the shock").isGreaterThan(0.9);
      assertThat(after.blocShare("COALITION")).isLessThan(0.1);
    }
  }
}
