package org.techsov.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.techsov.cli.demo.DemoChapter;
import org.techsov.cli.demo.DemoChapters;
import org.techsov.cli.demo.DemoContext;
import org.techsov.cli.support.CliProgress;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.ingest.baci.BaciImportOptions;
import org.techsov.ingest.baci.BaciImporter;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code techsov demo}: builds the example world into a fresh store and tells its story in numbers,
 * each table with the command that reproduces it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate the built-in example world (synthetic BACI-layout trade, 2017-2024, with",
      "sanctions on Russia from 24 February 2022) into a fresh store, import it and print what",
      "the analyses find."
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(
      names = "--dir",
      defaultValue = "techsov-demo",
      paramLabel = "DIR",
      description =
          "Folder for the demo's files and store (default ${DEFAULT-VALUE}); replaced on each run.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path db = dir.resolve("demo.duckdb");
    fresh(dir);
    out.println("techsov demo: a synthetic trade world calibrated to the seeds' story");
    out.println("(the target's technology imports shift from the sanctioning coalition to China");
    out.println("and transit hubs after 24 February 2022), in " + dir.toAbsolutePath());
    out.println();
    try (CliProgress progress =
        new CliProgress(global.config().progress(), spec.commandLine().getErr())) {
      GeneratedWorld world =
          new WorldGenerator(global.reference(), WorldSpec.demo())
              .write(dir.resolve("baci"), WriteOptions.plain(), progress);
      progress.close();
      try (DuckDbStore store = global.openStore(db, false)) {
        BaciImporter importer = new BaciImporter(store, global.reference());
        for (Path f : world.flowFiles()) {
          BaciImportOptions o = BaciImportOptions.of(f);
          o =
              new BaciImportOptions(
                  f,
                  java.util.Optional.of(world.countryCodes()),
                  java.util.Optional.of(world.productCodes()),
                  o.revision(),
                  dir.resolve(o.rejectFile()),
                  false,
                  o.maxRejectRate());
          IngestBaciCommand.report(out, importer.run(o, progress));
          progress.close();
        }
        DemoContext context = new DemoContext(store, db, dir, world, global.reference(), out);
        int n = 1;
        for (DemoChapter chapter : DemoChapters.all()) {
          out.println();
          out.println(n++ + ". " + chapter.title());
          chapter.run(context);
          out.flush();
        }
      }
    }
    return 0;
  }

  /** Empties the demo folder (only files the demo writes). */
  private static void fresh(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean ours =
                p.equals(dir)
                    || name.startsWith("demo.duckdb")
                    || name.endsWith(".csv")
                    || name.equals("baci")
                    || name.equals("monthly")
                    || name.endsWith(".csv.gz")
                    || name.endsWith(".tmp");
            if (ours) {
              Files.deleteIfExists(p);
            }
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot prepare the demo folder " + dir + ": " + e, e);
    }
  }
}
