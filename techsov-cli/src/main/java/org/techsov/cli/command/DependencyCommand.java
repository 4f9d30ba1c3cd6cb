package org.techsov.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.techsov.cli.support.DependencyOutput;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.engine.dependency.ExportFormat;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreYears;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov dependency}: supplier shares, HHI and bloc shares of an importer's imports. */
@Command(
    name = "dependency",
    mixinStandardHelpOptions = true,
    description = {
      "Import dependency per importer, product group and year: import value, supplier count,",
      "HHI of supplier shares (0-1), equivalent number of suppliers (1/HHI), top suppliers,",
      "share of each bloc (membership as of --bloc-date, the same for every year) and the",
      "change versus a baseline year."
    })
public final class DependencyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(
      names = "--importer",
      split = ",",
      paramLabel = "ISO3",
      description = "Importing countries (ISO alpha-3); default: every importer.")
  List<String> importers = new ArrayList<>();

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "One year (shorthand for --from Y --to Y).")
  Integer year;

  @Option(
      names = "--from",
      paramLabel = "YEAR",
      description = "First year (default: first stored).")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: last stored).")
  Integer to;

  @Option(
      names = "--area",
      split = ",",
      paramLabel = "AREA",
      description =
          "Technology areas, e.g. microelectronics; grouped by area unless --level is given.")
  List<String> areas = new ArrayList<>();

  @Option(
      names = "--product",
      split = ",",
      paramLabel = "HS",
      description = "HS codes (2, 4 or 6 digits) to restrict to.")
  List<String> products = new ArrayList<>();

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description =
          "Group products by hs6, hs4, hs2 or area (default: area with --area, else hs6).")
  String level;

  @Option(
      names = "--bloc",
      split = ",",
      paramLabel = "BLOC",
      description =
          "Blocs whose shares to report (default: UNFRIENDLY,CHN_HK or blocs in techsov.yaml).")
  List<String> blocs;

  @Option(
      names = "--bloc-date",
      paramLabel = "DATE",
      description = "Date at which bloc membership is taken (default: today).")
  LocalDate blocDate;

  @Option(names = "--baseline", paramLabel = "YEAR", description = "Year to compare each row with.")
  Integer baseline;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "3",
      description = "Largest suppliers to list (default ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--format",
      paramLabel = "FMT",
      defaultValue = "table",
      description = "table, csv, json or parquet (default ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path out;

  @Option(
      names = "--show-sql",
      description = "Print the SQL the analysis runs on the store, and do not run it.")
  boolean showSql;

  @Override
  public Integer call() {
    try (DuckDbStore store = global.openStoreReadOnly()) {
      DependencyQuery q = query(StoreYears.of(store));
      DependencyEngine engine = new DependencyEngine(store.connection());
      String fmt = format.toLowerCase(Locale.ROOT);
      PrintWriter w = spec.commandLine().getOut();
      if (showSql) {
        w.println(engine.sql(q) + ";");
        w.flush();
        return 0;
      }
      if (out != null && (fmt.equals("csv") || fmt.equals("parquet"))) {
        long n = engine.export(q, ExportFormat.parse(fmt), out);
        w.printf("wrote %,d rows to %s%n", n, out);
        w.flush();
        return 0;
      }
      if (fmt.equals("parquet")) {
        throw TechsovException.invalidArgument("--format parquet needs --out FILE");
      }
      List<DependencyRow> rows = engine.run(q);
      DependencyOutput.write(fmt, q, rows, out, w);
    }
    return 0;
  }

  DependencyQuery query(int[] storedYears) {
    int first = year != null ? year : from != null ? from : storedYears[0];
    int last = year != null ? year : to != null ? to : storedYears[1];
    if (year != null && (from != null || to != null)) {
      throw TechsovException.invalidArgument("give --year or --from/--to, not both");
    }
    if (first < 1950 || last > 2100) {
      throw TechsovException.invalidArgument("years must lie within 1950-2100");
    }
    GroupLevel lvl =
        level != null ? parseLevel(level) : areas.isEmpty() ? GroupLevel.HS6 : GroupLevel.AREA;
    List<CountryCode> imp = importers.stream().map(CountryCode::of).toList();
    List<HsCode> hs = products.stream().map(HsCode::parse).toList();
    List<String> bl = blocs != null ? blocs : global.config().blocs();
    if (top < 0 || top > 50) {
      throw TechsovException.invalidArgument("--top must be 0..50");
    }
    return new DependencyQuery(
        imp,
        first,
        last,
        lvl,
        areas,
        hs,
        bl.stream().map(b -> b.toUpperCase(Locale.ROOT)).toList(),
        blocDate != null ? blocDate : LocalDate.now(),
        baseline != null ? OptionalInt.of(baseline) : OptionalInt.empty(),
        top);
  }

  private static GroupLevel parseLevel(String s) {
    try {
      return GroupLevel.valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw TechsovException.invalidArgument(
          "unknown level '" + s + "' (use hs6, hs4, hs2 or area)");
    }
  }
}
