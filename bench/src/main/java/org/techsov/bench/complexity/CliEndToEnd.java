package org.techsov.bench.complexity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whole-process timing of {@code techsov complexity} as a user runs it: a fresh JVM per run ({@code
 * java -jar techsov.jar}), the matrix from the store ({@code --db}, about 11 million stored flows)
 * or from a CSV of export values ({@code --input}), the computation and the output files, on the
 * 200 x 5000 world of {@link EndToEndWorld}. Variants run alternately; each run's wall time is
 * measured around the process and its peak resident memory is reported by GNU time ({@code
 * /usr/bin/time -f %M}).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.techsov.bench.complexity.CliEndToEnd --jar
 * techsov-cli/target/techsov.jar [--work DIR] [--runs 5] [--flows-per-cell 15] [--java-opts
 * "-Xmx1g"]}
 */
public final class CliEndToEnd {
  private CliEndToEnd() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of("techsov-cli/target/techsov.jar");
    Path work = Path.of("bench/target/complexity-e2e");
    int runs = 5;
    int flowsPerCell = 15;
    List<String> javaOpts = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jar" -> jar = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--flows-per-cell" -> flowsPerCell = Integer.parseInt(args[++i]);
        case "--java-opts" -> javaOpts.addAll(Arrays.asList(args[++i].trim().split("\\s+")));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path db = prepare(jar, work, flowsPerCell);
    Map<String, List<String>> variants = variants(work, db);
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    for (int r = 1; r <= runs; r++) {
      for (Map.Entry<String, List<String>> v : variants.entrySet()) {
        double[] m = run(jar, javaOpts, v.getValue(), work);
        results.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(m);
        System.out.printf(
            Locale.ROOT, "run %d %-28s %.3f s, peak RSS %.0f MiB%n", r, v.getKey(), m[0], m[1]);
      }
    }
    System.out.printf(Locale.ROOT, "%nmedians over %d runs (java options %s)%n", runs, javaOpts);
    results.forEach(
        (name, ms) ->
            System.out.printf(
                Locale.ROOT,
                "%-28s wall %.3f s (min %.3f, max %.3f), peak RSS %.0f MiB (max %.0f)%n",
                name,
                median(ms, 0),
                ms.stream().mapToDouble(x -> x[0]).min().orElse(0),
                ms.stream().mapToDouble(x -> x[0]).max().orElse(0),
                median(ms, 1),
                ms.stream().mapToDouble(x -> x[1]).max().orElse(0)));
  }

  private static Map<String, List<String>> variants(Path work, Path db) {
    String exports = work.resolve(EndToEndWorld.EXPORTS).toString();
    String out = work.resolve("out").toString();
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put(
        "store, tables csv",
        List.of("--db", db.toString(), "--format", "csv", "--out", out + "/s.csv"));
    v.put(
        "store, +cells parquet",
        List.of(
            "--db", db.toString(), "--cells", "--format", "parquet", "--out", out + "/s.parquet"));
    v.put(
        "csv input, tables csv",
        List.of("--input", exports, "--format", "csv", "--out", out + "/c.csv"));
    v.put(
        "csv input, +cells parquet",
        List.of("--input", exports, "--cells", "--format", "parquet", "--out", out + "/c.parquet"));
    return v;
  }

  /** Writes the world and ingests its flows unless a previous run did. */
  private static Path prepare(Path jar, Path work, int flowsPerCell) throws Exception {
    Path db = work.resolve("store.duckdb");
    Files.createDirectories(work.resolve("out"));
    if (!Files.exists(work.resolve(EndToEndWorld.EXPORTS)) || !Files.exists(db)) {
      long t0 = System.nanoTime();
      EndToEndWorld.write(work, flowsPerCell, 20250101L);
      System.out.printf(Locale.ROOT, "world written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      Files.deleteIfExists(db);
      t0 = System.nanoTime();
      int code =
          new ProcessBuilder(
                  "java",
                  "-jar",
                  jar.toString(),
                  "ingest",
                  "baci",
                  work.resolve(EndToEndWorld.FLOWS).toString(),
                  "--db",
                  db.toString(),
                  "--rejects",
                  work.resolve("rejects.csv").toString(),
                  "--no-progress")
              .inheritIO()
              .start()
              .waitFor();
      if (code != 0) {
        throw new IllegalStateException("ingest failed with exit code " + code);
      }
      System.out.printf(Locale.ROOT, "ingested in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
    return db;
  }

  /** {wall seconds, peak RSS MiB} of one process. */
  private static double[] run(Path jar, List<String> javaOpts, List<String> args, Path work)
      throws IOException, InterruptedException {
    Path timeFile = work.resolve("time.txt");
    List<String> cmd =
        new ArrayList<>(List.of("/usr/bin/time", "-o", timeFile.toString(), "-f", "%M", "java"));
    cmd.addAll(javaOpts);
    cmd.addAll(List.of("-jar", jar.toString(), "complexity", "--no-progress"));
    cmd.addAll(args);
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IllegalStateException("complexity failed (" + code + "): " + output);
    }
    String[] lines = Files.readString(timeFile).trim().split("\n");
    return new double[] {wall, Double.parseDouble(lines[lines.length - 1].trim()) / 1024.0};
  }

  private static double median(List<double[]> ms, int i) {
    double[] x = ms.stream().mapToDouble(m -> m[i]).sorted().toArray();
    return x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
  }
}
