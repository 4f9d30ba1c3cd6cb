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
import org.techsov.cli.support.CatalogueSession;
import org.techsov.cli.support.CliProgress;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.ServeSupport;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.spi.CatalogueStore;
import org.techsov.ingest.baci.BaciImportOptions;
import org.techsov.ingest.baci.BaciImporter;
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.server.ServerOptions;
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

  @Option(
      names = "--no-serve",
      description =
          "End after the summary instead of serving the dashboard (for scripts and tests).")
  boolean noServe;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7070",
      description = "Port of the dashboard the demo ends by serving (default ${DEFAULT-VALUE}).")
  int port;

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
      DuckDbStore store = global.openStore(db, false);
      try {
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
        Catalogue catalogue =
            store.catalogue().save(BuiltInCatalogue.all(), CatalogueStore.SaveMode.REPLACE);
        out.println(
            "catalogue: loaded the built-in catalogue ("
                + CatalogueSession.Counts.of(catalogue)
                + ") into "
                + db);
        DemoContext context = new DemoContext(store, db, dir, world, global.reference(), out);
        for (DemoChapter chapter : DemoChapters.all()) {
          out.println();
          out.println(chapter.number() + ". " + chapter.title());
          chapter.run(context);
          out.flush();
        }
        out.println();
        if (noServe) {
          out.println("Dashboard: run 'techsov serve --db " + db + "' to open it.");
          store.close();
          return 0;
        }
      } catch (RuntimeException e) {
        store.close();
        throw e;
      }
      progress.close();
      ServeSupport.serveUntilStopped(
          store,
          global.reference(),
          ServerOptions.defaults(dir.resolve("server")).withPort(port),
          out);
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
                    || p.startsWith(dir.resolve("server"))
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
