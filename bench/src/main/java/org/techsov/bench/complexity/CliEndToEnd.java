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
import org.techsov.bench.Harness;

/**
 * Whole-process timing of {@code techsov complexity} as a user runs it: a fresh JVM per run ({@code
 * java -jar techsov.jar}), the matrix from the store ({@code --db}, about 11 million stored flows)
 * or from a CSV of export values ({@code --input}), the computation and the output files, on the
 * 200 x 5000 world of {@link EndToEndWorld}. Variants run alternately; each run's wall time is
 * measured around the process and its peak resident memory is reported by GNU time ({@code
 * /usr/bin/time -f %M}).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.techsov.bench.complexity.CliEndToEnd --jar
 * techsov-cli/target/techsov.jar [--work DIR] [--runs 5] [--flows-per-cell 22] [--java-opts
 * "-Xmx1g"] [--also-java-opts "-XX:TieredStopAtLevel=1"] [--reference DIR --python python3]}: the
 * last adds the Python reference (py-ecomplexity, whose {@code ecomplexity/} package is in DIR) run
 * by the golden folder's {@code run_reference.py} on the same CSV, in the same rounds.
 */
public final class CliEndToEnd {
  private CliEndToEnd() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of("techsov-cli/target/techsov.jar");
    Path work = Path.of("bench/target/complexity-e2e");
    int runs = 5;
    int flowsPerCell = 22;
    List<String> javaOpts = new ArrayList<>();
    List<String> alsoOpts = new ArrayList<>();
    Path reference = null;
    String python = "python3";
    Path script = Path.of("../shared/data/complexity-golden/run_reference.py");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jar" -> jar = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--flows-per-cell" -> flowsPerCell = Integer.parseInt(args[++i]);
        case "--java-opts" -> javaOpts.addAll(Arrays.asList(args[++i].trim().split("\\s+")));
        case "--also-java-opts" -> alsoOpts.addAll(Arrays.asList(args[++i].trim().split("\\s+")));
        case "--reference" -> reference = Path.of(args[++i]);
        case "--python" -> python = args[++i];
        case "--reference-script" -> script = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path db = prepare(jar, work, flowsPerCell);
    Map<String, List<String>> variants = variants(jar, javaOpts, work, db, "");
    if (!alsoOpts.isEmpty()) {
      variants.putAll(variants(jar, alsoOpts, work, db, " " + String.join(" ", alsoOpts)));
    }
    if (reference != null) {
      variants.put(
          "py-ecomplexity (reference)",
          List.of(
              "env",
              "PYTHONPATH=" + reference.toAbsolutePath(),
              python,
              script.toString(),
              "--input",
              work.resolve(EndToEndWorld.EXPORTS).toString(),
              "--no-write"));
    }
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    for (int r = 1; r <= runs; r++) {
      for (Map.Entry<String, List<String>> v : variants.entrySet()) {
        double[] m = run(v.getValue(), work);
        results.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(m);
        System.out.printf(
            Locale.ROOT,
            "run %d %-55s %.3f s wall, %.2f s CPU, peak RSS %.0f MiB (load %.1f)%n",
            r,
            v.getKey(),
            m[0],
            m[2],
            m[1],
            m[3]);
      }
    }
    System.out.printf(Locale.ROOT, "%nmedians over %d runs (java options %s)%n", runs, javaOpts);
    results.forEach(
        (name, ms) ->
            System.out.printf(
                Locale.ROOT,
                "%-55s wall %.3f s (min %.3f, max %.3f), CPU %.2f s, peak RSS %.0f MiB (max %.0f)%n",
                name,
                median(ms, 0),
                ms.stream().mapToDouble(x -> x[0]).min().orElse(0),
                ms.stream().mapToDouble(x -> x[0]).max().orElse(0),
                median(ms, 2),
                median(ms, 1),
                ms.stream().mapToDouble(x -> x[1]).max().orElse(0)));
  }

  private static Map<String, List<String>> variants(
      Path jar, List<String> javaOpts, Path work, Path db, String suffix) {
    String exports = work.resolve(EndToEndWorld.EXPORTS).toString();
    String out = work.resolve("out").toString();
    List<String> cli = new ArrayList<>(List.of("java"));
    cli.addAll(javaOpts);
    cli.addAll(List.of("-jar", jar.toString(), "complexity", "--no-progress"));
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put(
        "store, tables csv" + suffix,
        with(
            cli,
            "--db",
            db.toString(),
            "--year",
            "2021",
            "--format",
            "csv",
            "--out",
            out + "/s.csv"));
    v.put(
        "store, +cells parquet" + suffix,
        with(
            cli,
            "--db",
            db.toString(),
            "--year",
            "2021",
            "--cells",
            "--format",
            "parquet",
            "--out",
            out + "/s.parquet"));
    v.put(
        "csv input, tables csv" + suffix,
        with(cli, "--input", exports, "--format", "csv", "--out", out + "/c.csv"));
    v.put(
        "csv input, +cells parquet" + suffix,
        with(
            cli,
            "--input",
            exports,
            "--cells",
            "--format",
            "parquet",
            "--out",
            out + "/c.parquet"));
    return v;
  }

  private static List<String> with(List<String> head, String... tail) {
    List<String> out = new ArrayList<>(head);
    out.addAll(Arrays.asList(tail));
    return out;
  }

  /** Writes the world and ingests its flows unless a previous run did. */
  private static Path prepare(Path jar, Path work, int flowsPerCell) throws Exception {
    Path db = work.resolve("store.duckdb");
    Files.createDirectories(work.resolve("out"));
    if (!Files.exists(work.resolve(EndToEndWorld.EXPORTS)) || !Files.exists(db)) {
      long t0 = System.nanoTime();
      EndToEndWorld.write(work, flowsPerCell, 20250101L);
      System.out.printf(Locale.ROOT, "world written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      Harness.deleteStore(db);
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

  /** {wall seconds, peak RSS MiB, CPU seconds, load average at the start} of one process. */
  private static double[] run(List<String> command, Path work)
      throws IOException, InterruptedException {
    Path timeFile = work.resolve("time.txt");
    List<String> cmd =
        new ArrayList<>(List.of("/usr/bin/time", "-o", timeFile.toString(), "-f", "%M %U %S"));
    cmd.addAll(command);
    double load =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IllegalStateException(command + " failed (" + code + "): " + output);
    }
    String[] lines = Files.readString(timeFile).trim().split("\n");
    String[] f = lines[lines.length - 1].trim().split(" ");
    return new double[] {
      wall,
      Double.parseDouble(f[0]) / 1024.0,
      Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
      load
    };
  }

  private static double median(List<double[]> ms, int i) {
    return Harness.median(ms.stream().mapToDouble(m -> m[i]).toArray());
  }
}
