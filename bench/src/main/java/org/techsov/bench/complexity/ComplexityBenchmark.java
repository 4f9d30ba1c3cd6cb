package org.techsov.bench.complexity;

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
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ExportMatrix;

/**
 * All complexity outputs of the 200 countries x 5000 products synthetic year ({@link
 * SyntheticExports#large()}), single-shot wall time per computation.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar ComplexityBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class ComplexityBenchmark {
  private ExportMatrix exports;

  @Setup
  public void generate() {
    exports = SyntheticExports.large();
  }

  @Benchmark
  public double allOutputs200x5000() {
    return AllOutputs.run(exports, ComplexityOptions.defaults());
  }
}
