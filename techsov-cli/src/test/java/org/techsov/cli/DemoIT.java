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
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;

class DemoIT {
  @TempDir Path dir;

  private static String chapter(String out, String from, String to) {
    int a = out.indexOf(from);
    int b = to == null ? out.length() : out.indexOf(to);
    assertThat(a).as("chapter " + from).isNotNegative();
    return out.substring(a, b);
  }

  @Test
  void theDemoTellsTheSeedsStoryInNumbers() {
    CliRun run = CliRun.of("demo", "--dir", dir.toString(), "--no-progress", "--no-serve");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("1. Dependency: Russia's microelectronics imports")
        .contains("reproduce: techsov dependency")
        .contains("rejected 0")
        .contains("catalogue: loaded the built-in catalogue (32 sources")
        .contains("6. Programmes: the Mir card's share against its target")
        .contains("7. Scorecard: the official targets and claims against the evidence");
    String programmes = chapter(run.out(), "6. Programmes", "7. Scorecard");
    assertThat(programmes)
        .contains("2023-09-30  51.6%  rozetked-2023")
        .contains("Target (Bank of Russia, source bisjournal-2021-11-11)")
        .contains("forecast mir-cards/card-share")
        .containsPattern("\\n\\s+2026\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\s+\\d+\\.\\d")
        .contains("level 40")
        .contains("monthly   48 mn users  96 mn users")
        .contains("forecast max-messenger/registered-users")
        .contains("level 96")
        .contains("no forecast: max-messenger/monthly-audience has 2 observations")
        .contains("reproduce: techsov forecast mir-cards --target 2026 --level 40");
    String scorecard = chapter(run.out(), "7. Scorecard", null);
    assertThat(scorecard)
        .contains("20 lines:")
        .containsPattern("met\\s+mir-cards/payments-share/cbr-2023 .* bisjournal-2021-11-11")
        .containsPattern("off track\\s+microelectronics/node-2030 .* tech-imports-2026")
        .containsPattern("met\\s+kse-china-share .* tech-imports-2026")
        .contains("fpri-2022: Understanding Russia's Efforts at Technological Sovereignty")
        .containsPattern("CHN-share = 9\\d\\.\\d% \\(2023/2024\\)")
        .contains("[met] kse-china-share")
        .contains("reproduce: techsov scorecard --country RUS --as-of 2026-03-15");
    assertThat(run.out())
        .contains(". Localisation: how domestic is a chip")
        .contains("reproduce: techsov localisation score microcontroller")
        .contains(". Embargo: what stops if the coalition plus Taiwan cut supply")
        .contains("reproduce: techsov embargo --examples");
    assertThat(run.out().indexOf(". Localisation:"))
        .isGreaterThan(run.out().indexOf(". Dependency:"))
        .isLessThan(run.out().indexOf(". Embargo:"));
    assertThat(run.out())
        .contains(". Feasibility: which imported technology products Russia could make itself")
        .contains("Far out of reach (lowest density):")
        .contains("reproduce: techsov feasibility")
        .contains("rejected 0");
    assertThat(run.out())
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
      assertThat(s.catalogue().load()).isEqualTo(BuiltInCatalogue.all());
    }
  }
}
