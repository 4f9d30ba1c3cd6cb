package org.techsov.bench.localisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.techsov.core.bom.Bom;
import org.techsov.core.embargo.EmbargoAnalysis;
import org.techsov.core.embargo.EmbargoReport;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.embargo.SupplierGraph;
import org.techsov.core.localisation.LocalisationScorer;
import org.techsov.core.localisation.RuleSetVersion;
import org.techsov.core.localisation.ScoringMethod;

/**
 * Plain harness printing median wall times for the three targets: score a 100 k-item bill
 * (<= 1 s), one embargo propagation over 1 M nodes (<= 1 s), 100 scenarios (<= 10 s). Run with
 * {@code java -cp bench/target/benchmarks.jar org.techsov.bench.localisation.LocalisationBenchMain
 * [runs]}.
 */
public final class LocalisationBenchMain {
  private LocalisationBenchMain() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    long t0 = System.nanoTime();
    Bom bom = BomGenerator.generate(1, LocalisationBenchmark.ITEMS);
    System.out.printf(Locale.ROOT, "generated bill: %,d items in %.0f ms%n", bom.size(), ms(t0));
    for (ScoringMethod m : List.of(ScoringMethod.POINTS, ScoringMethod.BUILD_DOWN)) {
      RuleSetVersion rules = LocalisationBenchmark.rules(m);
      report(
          "score 100k-item bill (" + m + ", with explanation)",
          runs,
          () ->
              LocalisationScorer.score(
                  bom, "bench", rules, LocalisationBenchmark.DATE, LocalisationBenchmark.OPTIONS));
    }
    t0 = System.nanoTime();
    SupplierGraph graph = SupplyGraphGenerator.generate(7, EmbargoBenchmark.NODES);
    System.out.printf(
        Locale.ROOT,
        "generated graph: %,d nodes, %,d edges in %.0f ms%n",
        graph.size(),
        graph.edgeCount(),
        ms(t0));
    EmbargoAnalysis analysis = new EmbargoAnalysis(graph);
    EmbargoReport one = analysis.run(Scenarios.taiwan(), EmbargoBenchmark.DATE);
    System.out.printf(
        Locale.ROOT,
        "  cut TWN: %,d nodes blocked, %d of %d products%n",
        one.blockedNodes(),
        one.blockedProducts().size(),
        graph.products().length);
    report(
        "embargo: one scenario over 1M nodes (report included)",
        runs,
        () -> analysis.run(Scenarios.taiwan(), EmbargoBenchmark.DATE));
    List<EmbargoScenario> scenarios = Scenarios.generate(11, 100);
    report(
        "embargo: 100 scenarios over 1M nodes",
        runs,
        () -> analysis.runAll(scenarios, EmbargoBenchmark.DATE));
    report(
        "embargo: 100 scenarios, products only (no report)",
        runs,
        () -> analysis.countBlockedProducts(scenarios, EmbargoBenchmark.DATE));
    report(
        "embargo: 100 scenarios one by one (incremental)",
        runs,
        () -> {
          List<EmbargoReport> out = new java.util.ArrayList<>();
          for (EmbargoScenario s : scenarios) {
            out.add(analysis.run(s, EmbargoBenchmark.DATE));
          }
          return out;
        });
  }

  private static void report(String what, int runs, Supplier<Object> task) {
    task.get();
    task.get();
    double[] times = new double[runs];
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      task.get();
      times[r] = ms(t0);
    }
    Arrays.sort(times);
    System.out.printf(
        Locale.ROOT,
        "%-58s median %8.1f ms (min %.1f, max %.1f, %d runs)%n",
        what,
        times[runs / 2],
        times[0],
        times[runs - 1],
        runs);
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
