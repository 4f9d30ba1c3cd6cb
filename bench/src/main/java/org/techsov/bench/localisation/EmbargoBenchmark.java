package org.techsov.bench.localisation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.techsov.core.embargo.EmbargoAnalysis;
import org.techsov.core.embargo.EmbargoReport;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.embargo.SupplierGraph;

/** Embargo propagation over a generated 1,000,000-node supplier graph: one and 100 scenarios. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class EmbargoBenchmark {
  static final int NODES = 1_000_000;
  static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  SupplierGraph graph;
  EmbargoAnalysis analysis;
  List<EmbargoScenario> scenarios;

  @Setup
  public void setUp() {
    graph = SupplyGraphGenerator.generate(7, NODES);
    analysis = new EmbargoAnalysis(graph);
    scenarios = Scenarios.generate(11, 100);
  }

  @Benchmark
  public EmbargoReport oneScenario() {
    return analysis.run(Scenarios.taiwan(), DATE);
  }

  @Benchmark
  public List<EmbargoReport> hundredScenarios() {
    return analysis.runAll(scenarios, DATE);
  }
}
