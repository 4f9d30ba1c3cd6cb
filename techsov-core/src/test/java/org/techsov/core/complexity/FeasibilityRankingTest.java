package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

class FeasibilityRankingTest {
  private static final ComplexityResult YEAR =
      EconomicComplexity.compute(RandomExports.generate(99L, 25, 60), ComplexityOptions.defaults());
  private static final String COUNTRY = "C0003";

  @Test
  void candidatesAreImportedProductsWithoutRevealedAdvantage() {
    int c = YEAR.countryIndex(COUNTRY);
    List<ImportDependency> imports = new ArrayList<>();
    for (String p : YEAR.products()) {
      imports.add(new ImportDependency(p, p.endsWith("0") ? 0 : 1000, 0.5, 0.5));
    }
    imports.add(new ImportDependency("UNKNOWN", 5, Double.NaN, Double.NaN));
    FeasibilityReport report = FeasibilityRanking.rank(YEAR, COUNTRY, imports);
    for (FeasibilityCandidate f : report.candidates()) {
      int p = YEAR.productIndex(f.product());
      assertThat(YEAR.mcp(c, p)).isFalse();
      assertThat(f.product()).doesNotEndWith("0");
      assertThat(f.density()).isEqualTo(YEAR.density(c, p));
      assertThat(f.cog()).isEqualTo(YEAR.cog(c, p));
    }
    long expected =
        YEAR.products().stream()
            .filter(p -> !p.endsWith("0") && !YEAR.mcp(c, YEAR.productIndex(p)))
            .count();
    assertThat(report.candidates()).hasSize((int) expected);
    assertThat(report.importsWithoutComplexityData()).containsExactly("UNKNOWN");
  }

  @Test
  void highDependencyHighFeasibilityComesFirstAndLowDependencyLast() {
    int c = YEAR.countryIndex(COUNTRY);
    List<Integer> open = new ArrayList<>();
    for (int p = 0; p < YEAR.products().size(); p++) {
      if (!YEAR.mcp(c, p)) {
        open.add(p);
      }
    }
    open.sort(
        (p, q) ->
            Double.compare(
                YEAR.density(c, q) + YEAR.cog(c, q), YEAR.density(c, p) + YEAR.cog(c, p)));
    // dependency rises with the order above, except for the most feasible product
    List<ImportDependency> imports = new ArrayList<>();
    for (int i = 0; i < open.size(); i++) {
      double level = i == 0 ? 0.0 : 1.0 - i / (double) open.size();
      imports.add(
          new ImportDependency(YEAR.products().get(open.get(i)), 1 + 1e6 * level, level, level));
    }
    FeasibilityReport report = FeasibilityRanking.rank(YEAR, COUNTRY, imports);
    List<FeasibilityCandidate> ranked = report.candidates();
    assertThat(ranked.get(ranked.size() - 1).product()).isEqualTo(YEAR.products().get(open.get(0)));
    assertThat(ranked.get(ranked.size() - 1).dependency()).isZero();
    for (int i = 1; i < ranked.size(); i++) {
      assertThat(ranked.get(i).priority()).isLessThanOrEqualTo(ranked.get(i - 1).priority());
      assertThat(ranked.get(i).rank()).isEqualTo(i + 1);
    }
    FeasibilityCandidate best = ranked.get(0);
    assertThat(best.priority()).isEqualTo(Math.min(best.feasibility(), best.dependency()));
    assertThat(report.top(3)).hasSize(3);
  }

  @Test
  void densityRankOneIsTheHighestDensity() {
    List<ImportDependency> imports = new ArrayList<>();
    for (String p : YEAR.products()) {
      imports.add(new ImportDependency(p, 10, Double.NaN, Double.NaN));
    }
    List<FeasibilityCandidate> ranked =
        FeasibilityRanking.rank(YEAR, COUNTRY, imports).candidates();
    double top = ranked.stream().mapToDouble(FeasibilityCandidate::density).max().orElseThrow();
    assertThat(ranked)
        .filteredOn(f -> f.densityRank() == 1)
        .allSatisfy(f -> assertThat(f.density()).isEqualTo(top));
    // equal imports and unknown HHI and bloc share: every dependency is the mean rank 0.5
    assertThat(ranked).allSatisfy(f -> assertThat(f.dependency()).isEqualTo(0.5));
  }

  @Test
  void unknownOrSilentCountriesAreReported() {
    assertThatThrownBy(() -> FeasibilityRanking.rank(YEAR, "NOPE", List.of()))
        .isInstanceOfSatisfying(
            TechsovException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_COUNTRY));
    ExportMatrix silent =
        new ExportMatrix(
            2020, List.of("A", "B", "Z"), List.of("p", "q"), new double[] {1, 2, 2, 1, 0, 0});
    ComplexityResult r = EconomicComplexity.compute(silent, ComplexityOptions.defaults());
    assertThatThrownBy(() -> FeasibilityRanking.rank(r, "Z", List.of()))
        .isInstanceOfSatisfying(
            TechsovException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_DATA));
  }
}
