package org.techsov.core.embargo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techsov.core.reference.CountryCode;

class EmbargoPropertiesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  /** The countries whose bit is set in {@code mask}. */
  private static Set<CountryCode> cut(int mask) {
    Set<CountryCode> out = new HashSet<>();
    for (int i = 0; i < RandomSupplyGraphs.COUNTRIES.length; i++) {
      if ((mask & (1 << i)) != 0) {
        out.add(CountryCode.of(RandomSupplyGraphs.COUNTRIES[i]));
      }
    }
    return out;
  }

  @Test
  void cuttingMoreCountriesNeverUnblocksAProduct() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 255), integers().between(0, 255))
        .checkAssert(
            (seed, small, extra) -> {
              SupplierGraph g = RandomSupplyGraphs.generate(seed, 60);
              EmbargoAnalysis a = new EmbargoAnalysis(g);
              EmbargoScenario less = EmbargoScenario.countries("less", cut(small));
              EmbargoScenario more = EmbargoScenario.countries("more", cut(small | extra));
              Set<Integer> before = new HashSet<>();
              a.run(less, DAY).blockedProducts().forEach(p -> before.add(p.node()));
              Set<Integer> after = new HashSet<>();
              a.run(more, DAY).blockedProducts().forEach(p -> after.add(p.node()));
              assertThat(after).as("seed %d", seed).containsAll(before);
            });
  }

  @Test
  void incrementalPropagationAgreesWithFullEvaluation() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 255))
        .checkAssert(
            (seed, mask) -> {
              SupplierGraph g = RandomSupplyGraphs.generate(seed, 80);
              EmbargoAnalysis a = new EmbargoAnalysis(g);
              // run an unrelated scenario first: buffers must not leak between scenarios
              a.countBlocked(EmbargoScenario.countries("warm", cut(~mask & 255)), DAY);
              Propagation p = new Propagation(g);
              p.run(EmbargoScenario.countries("x", cut(mask)), DAY);
              boolean[] expected = RandomSupplyGraphs.blockedByFullEvaluation(g, cut(mask));
              for (int v = 0; v < g.size(); v++) {
                assertThat(p.isBlocked(v)).as("seed %d node %d", seed, v).isEqualTo(expected[v]);
              }
            });
  }

  @Test
  void batchOfScenariosAgreesWithFullEvaluation() {
    qt().withExamples(30)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SupplierGraph g = RandomSupplyGraphs.generate(seed, 60);
              java.util.List<EmbargoScenario> all = new java.util.ArrayList<>();
              for (int mask = 0; mask < 70; mask++) {
                all.add(EmbargoScenario.countries("m" + mask, cut(mask * 37 % 256)));
              }
              BatchPropagation batch = new BatchPropagation(g);
              batch.run(all.subList(64, 70), DAY);
              batch.run(all.subList(0, 64), DAY);
              for (int s = 0; s < 64; s++) {
                boolean[] expected =
                    RandomSupplyGraphs.blockedByFullEvaluation(g, all.get(s).countries());
                BlockState view = batch.view(s);
                for (int v = 0; v < g.size(); v++) {
                  assertThat(view.isBlocked(v))
                      .as("seed %d scenario %d node %d", seed, s, v)
                      .isEqualTo(expected[v]);
                }
              }
            });
  }

  @Test
  void batchedReportsEqualOneByOneReports() {
    SupplierGraph g = RandomSupplyGraphs.generate(7, 300);
    EmbargoAnalysis a = new EmbargoAnalysis(g);
    java.util.List<EmbargoScenario> all = new java.util.ArrayList<>();
    for (int mask = 0; mask < 100; mask++) {
      all.add(EmbargoScenario.countries("m" + mask, cut(mask * 53 % 256)));
    }
    java.util.List<EmbargoReport> batched = a.runAll(all, DAY);
    for (int s = 0; s < all.size(); s++) {
      EmbargoReport single = a.run(all.get(s), DAY);
      assertThat(batched.get(s)).isEqualTo(single);
      assertThat(batched.get(s).partsWithoutSubstitute())
          .isEqualTo(single.partsWithoutSubstitute());
    }
  }

  @Test
  void reusedAnalysisGivesTheSameReportAsAFreshOne() {
    SupplierGraph g = RandomSupplyGraphs.generate(42, 200);
    EmbargoAnalysis reused = new EmbargoAnalysis(g);
    for (int mask = 0; mask < 256; mask += 17) {
      EmbargoScenario s = EmbargoScenario.countries("m" + mask, cut(mask));
      assertThat(reused.run(s, DAY)).isEqualTo(new EmbargoAnalysis(g).run(s, DAY));
    }
  }
}
