package org.techsov.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.techsov.cli.support.CliProgress;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.TextTable;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.dependency.DependencyEngine;
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
  static final List<String> BLOCS = List.of("COALITION", "CHN_HK", "HUBS");
  static final LocalDate BLOC_DATE = LocalDate.of(2024, 1, 1);

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
        out.println();
        chapterDependency(out, store, db);
      }
    }
    return 0;
  }

  private void chapterDependency(PrintWriter out, DuckDbStore store, Path db) {
    DependencyEngine engine = new DependencyEngine(store.connection());
    out.println(
        "1. Dependency: Russia's microelectronics imports (HS 8541, 8542) by supplier bloc");
    DependencyQuery byYear = query(List.of("microelectronics"), 2017, 2024, 3);
    TextTable t =
        new TextTable(
            "year",
            "imports USD",
            "suppliers",
            "HHI",
            "1/HHI",
            "COALITION",
            "CHN_HK",
            "HUBS",
            "top suppliers");
    for (DependencyRow r : engine.run(byYear)) {
      t.row(
          r.year(),
          TextTable.usd(r.importValueUsd()),
          r.supplierCount(),
          TextTable.num(r.hhi(), 3),
          TextTable.num(r.equivalentSuppliers(), 1),
          TextTable.pct(r.blocShare("COALITION")),
          TextTable.pct(r.blocShare("CHN_HK")),
          TextTable.pct(r.blocShare("HUBS")),
          topSuppliers(r));
    }
    t.print(out);
    out.println(
        "   reproduce: techsov dependency --db "
            + db
            + " --importer RUS --area microelectronics"
            + " --bloc COALITION,CHN_HK,HUBS --bloc-date "
            + BLOC_DATE);
    out.println();
    out.println("   By technology area, 2021 (before) and 2023 (after):");
    List<String> areas =
        List.of(
            "microelectronics",
            "computers",
            "telecom",
            "semiconductor-equipment",
            "machine-tools",
            "aviation",
            "optics",
            "instruments");
    TextTable a =
        new TextTable(
            "area",
            "imports 2021",
            "imports 2023",
            "COALITION 2021",
            "COALITION 2023",
            "CHN_HK 2021",
            "CHN_HK 2023");
    List<DependencyRow> rows = engine.run(query(areas, 2021, 2023, 0));
    for (String area : areas) {
      DependencyRow before = find(rows, area, 2021);
      DependencyRow after = find(rows, area, 2023);
      if (before != null && after != null) {
        a.row(
            area,
            TextTable.usd(before.importValueUsd()),
            TextTable.usd(after.importValueUsd()),
            TextTable.pct(before.blocShare("COALITION")),
            TextTable.pct(after.blocShare("COALITION")),
            TextTable.pct(before.blocShare("CHN_HK")),
            TextTable.pct(after.blocShare("CHN_HK")));
      }
    }
    a.print(out);
    out.println(
        "   reproduce: techsov dependency --db "
            + db
            + " --importer RUS --area "
            + String.join(",", areas)
            + " --from 2021 --to 2023 --bloc COALITION,CHN_HK --bloc-date "
            + BLOC_DATE);
    out.flush();
  }

  private static DependencyRow find(List<DependencyRow> rows, String area, int year) {
    return rows.stream()
        .filter(r -> r.group().code().equals(area) && r.year() == year)
        .findFirst()
        .orElse(null);
  }

  private static String topSuppliers(DependencyRow r) {
    StringBuilder sb = new StringBuilder();
    r.topSuppliers()
        .forEach(
            s ->
                sb.append(sb.length() == 0 ? "" : ", ")
                    .append(s.supplier())
                    .append(' ')
                    .append(TextTable.pct(s.share())));
    return sb.toString();
  }

  static DependencyQuery query(List<String> areas, int from, int to, int top) {
    return new DependencyQuery(
        List.of(new CountryCode("RUS")),
        from,
        to,
        GroupLevel.AREA,
        areas,
        List.of(),
        BLOCS,
        BLOC_DATE,
        OptionalInt.empty(),
        top);
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
