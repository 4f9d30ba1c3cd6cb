package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.EconomicComplexity;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.trade.TradeFlow;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;

/**
 * {@code techsov feasibility} on a generated world: every candidate joined with the dependency
 * analysis, the text report, exit codes.
 */
class FeasibilityIT {
  static ComplexityWorld world;
  static Path db;

  @BeforeAll
  static void ingestAGeneratedWorld() {
    world = ComplexityWorld.get();
    db = world.db;
  }

  static ExportMatrix stored(int year, GroupLevel level) {
    return world.stored(year, level);
  }

  @Test
  void everyCandidateCarriesTheImportValueHhiAndBlocShareOfTheDependencyEngine() throws Exception {
    CliRun r =
        CliRun.of(
            "feasibility",
            "--db",
            db.toString(),
            "--country",
            "RUS",
            "--year",
            "2022",
            "--bloc",
            "UNFRIENDLY",
            "--bloc-date",
            "2023-01-01",
            "--top",
            "0",
            "--format",
            "json",
            "--no-progress");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    Map<String, DependencyRow> deps = new HashMap<>();
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db).withReadOnly(true))) {
      new DependencyEngine(s.connection())
          .run(
              new DependencyQuery(
                  List.of(new CountryCode("RUS")),
                  2022,
                  2022,
                  GroupLevel.HS6,
                  List.of(),
                  List.of(),
                  List.of("UNFRIENDLY"),
                  LocalDate.of(2023, 1, 1),
                  OptionalInt.empty(),
                  0))
          .forEach(d -> deps.put(d.group().code(), d));
    }
    ComplexityResult year =
        EconomicComplexity.compute(stored(2022, GroupLevel.HS6), ComplexityOptions.defaults());
    int rus = year.countryIndex("RUS");
    long expected =
        deps.keySet().stream()
            .filter(p -> year.productIndex(p) >= 0 && !year.mcp(rus, year.productIndex(p)))
            .count();
    JsonNode candidates = doc.get("candidates");
    assertThat(doc.get("candidateCount").asLong()).isEqualTo(expected).isGreaterThan(20);
    assertThat(candidates).hasSize((int) expected);
    double lastPriority = Double.POSITIVE_INFINITY;
    for (JsonNode c : candidates) {
      String product = c.get("product").asText();
      DependencyRow d = deps.get(product);
      assertThat(d).as(product).isNotNull();
      assertThat(c.get("import_value_usd").asDouble()).as(product).isEqualTo(d.importValueUsd());
      assertThat(c.get("bloc_share").asDouble())
          .as(product)
          .isCloseTo(d.blocShare("UNFRIENDLY"), within(1e-15));
      assertThat(c.get("hhi").asDouble()).as(product).isCloseTo(d.hhi(), within(1e-15));
      assertThat(c.get("density").asDouble())
          .isEqualTo(year.density(rus, year.productIndex(product)));
      assertThat(c.get("priority").asDouble()).isLessThanOrEqualTo(lastPriority);
      lastPriority = c.get("priority").asDouble();
      double naive =
          world.flows.stream()
              .filter(f -> f.period().year() == 2022 && f.importer().alpha3().equals("RUS"))
              .filter(f -> f.product().code().equals(product))
              .mapToDouble(TradeFlow::valueUsd)
              .sum();
      assertThat(d.importValueUsd()).as(product).isCloseTo(naive, within(1e-9 * naive));
    }
    assertThat(doc.get("out-of-reach")).hasSize(10);
  }

  @Test
  void feasibilityPrintsTheCandidatesAndThoseOutOfReach() {
    CliRun r =
        CliRun.of(
            "feasibility",
            "--db",
            db.toString(),
            "--country",
            "rus",
            "--year",
            "2022",
            "--area",
            "microelectronics,computers",
            "--bloc",
            "COALITION",
            "--bloc-date",
            "2023-01-01",
            "--top",
            "5",
            "--out-of-reach",
            "3",
            "--no-progress");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Import-substitution candidates of RUS, 2022 (HS6 products, areas"
                + " microelectronics,computers; COALITION share as of 2023-01-01;")
        .contains("High dependency and high feasibility first (5 of ")
        .contains("Out of reach: imported, lowest density (3 of ")
        .contains("density  COG")
        .contains("COALITION");
  }

  @Test
  void feasibilityRefusesUnknownCountriesBlocsAreasAndYears() {
    String d = db.toString();
    CliRun unknown = CliRun.of("feasibility", "--db", d, "--country", "XXX", "--year", "2022");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown country code XXX");
    assertThat(CliRun.of("feasibility", "--db", d, "--country", "R1", "--year", "2022").exitCode())
        .isEqualTo(2);
    CliRun bloc =
        CliRun.of("feasibility", "--db", d, "--country", "RUS", "--year", "2022", "--bloc", "NOPE");
    assertThat(bloc.exitCode()).isEqualTo(2);
    assertThat(bloc.err()).contains("unknown bloc 'NOPE'");
    CliRun area =
        CliRun.of("feasibility", "--db", d, "--country", "RUS", "--year", "2022", "--area", "x");
    assertThat(area.exitCode()).isEqualTo(2);
    assertThat(area.err()).contains("unknown technology area 'x'");
    CliRun typo = CliRun.of("feasibility", "--db", d, "--country", "RUS", "--year", "3022");
    assertThat(typo.exitCode()).isEqualTo(2);
    CliRun none = CliRun.of("feasibility", "--db", d, "--country", "RUS", "--year", "2019");
    assertThat(none.exitCode()).isEqualTo(4);
    assertThat(none.err()).contains("no yearly trade flows for 2019");
  }
}
