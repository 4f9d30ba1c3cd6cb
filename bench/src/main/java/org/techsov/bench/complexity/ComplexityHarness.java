package org.techsov.bench.complexity;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.complexity.ExportMatrixCsvReader;

/**
 * Whole-process timing of all complexity outputs: runs the computation {@code --runs} times
 * (default 7) on the synthetic 200 x 5000 year, or on a long-format CSV ({@code --input F}, columns
 * {@code year,country,product,export_value}, read by the command line's reader; its first year),
 * and prints each wall time, the median, the peak heap and the process's peak resident memory.
 *
 * <p>{@code java -Xmx1g -cp bench/target/benchmarks.jar
 * org.techsov.bench.complexity.ComplexityHarness}
 */
public final class ComplexityHarness {
  private ComplexityHarness() {}

  public static void main(String[] args) throws IOException {
    int runs = 7;
    Path input = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--input" -> input = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    long t0 = System.nanoTime();
    ExportMatrix exports =
        input == null
            ? SyntheticExports.large()
            : ExportMatrixCsvReader.read(input, ProgressListener.NONE).values().iterator().next();
    System.out.printf(
        "input %d countries x %d products, %s, loaded in %.3f s%n",
        exports.countryCount(),
        exports.productCount(),
        input == null ? "synthetic" : input,
        (System.nanoTime() - t0) / 1e9);
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      double checksum = AllOutputs.run(exports, ComplexityOptions.defaults());
      seconds[i] = (System.nanoTime() - start) / 1e9;
      System.out.printf("run %d: %.3f s (checksum %.6g)%n", i + 1, seconds[i], checksum);
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "median wall %.3f s over %d runs (first run %.3f s)%n", sorted[runs / 2], runs, seconds[0]);
    System.out.printf("peak heap %.0f MiB, peak RSS %s%n", peakHeapMiB(), peakRss());
  }

  private static double peakHeapMiB() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1048576.0;
  }

  private static String peakRss() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "n/a";
    }
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("VmHWM:"))
        .map(l -> l.substring(6).trim())
        .findFirst()
        .orElse("n/a");
  }
}
