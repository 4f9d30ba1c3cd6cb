package org.techsov.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CliProgress;
import org.techsov.cli.support.ComplexityFlags;
import org.techsov.cli.support.FeasibilityOutput;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.StoredComplexity;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.FeasibilityRanking;
import org.techsov.core.complexity.FeasibilityReport;
import org.techsov.core.complexity.ImportDependency;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.complexity.ImportDependencies;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov feasibility}: which imported products a country could make itself. */
@Command(
    name = "feasibility",
    mixinStandardHelpOptions = true,
    description = {
      "Import-substitution candidates: the products a country imports but does not export with",
      "RCA presence, ranked so that high dependency (import value, supplier HHI, share of a",
      "bloc) and high feasibility (density, COG) come first; and those out of reach (lowest",
      "density)."
    })
public final class FeasibilityCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;
  @Mixin ComplexityFlags flags;

  @Option(
      names = "--country",
      required = true,
      paramLabel = "ISO3",
      description = "The importing country (ISO alpha-3).")
  String country;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "The year (default: the last stored year).")
  Integer year;

  @Option(
      names = "--area",
      split = ",",
      paramLabel = "AREA",
      description = "Technology areas to restrict the candidates to, e.g. microelectronics.")
  List<String> areas = new ArrayList<>();

  @Option(
      names = "--bloc",
      paramLabel = "BLOC",
      description = "Bloc whose share of imports is shown (default: the first configured bloc).")
  String bloc;

  @Option(
      names = "--bloc-date",
      paramLabel = "DATE",
      description = "Date at which bloc membership is taken (default: today).")
  LocalDate blocDate;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "50",
      description = "Candidates to list (default ${DEFAULT-VALUE}; 0 = all).")
  int top;

  @Option(
      names = "--out-of-reach",
      paramLabel = "N",
      defaultValue = "10",
      description = "Candidates out of reach to list (default ${DEFAULT-VALUE}).")
  int outOfReach;

  @Option(
      names = "--format",
      paramLabel = "FMT",
      defaultValue = "table",
      description = "table, csv, json or parquet (default ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to files instead of standard output (csv/parquet: one per table).")
  Path out;

  @Override
  public Integer call() {
    String fmt = format.trim().toLowerCase(Locale.ROOT);
    FeasibilityOutput.check(fmt, out, top, outOfReach);
    CountryCode code = CountryCode.of(country);
    if (global.reference().countries().find(code).isEmpty()) {
      throw new TechsovException(ErrorCode.UNKNOWN_COUNTRY, "unknown country code " + code);
    }
    List<String> configured = global.config().blocs();
    String b =
        (bloc != null ? bloc : configured.isEmpty() ? "UNFRIENDLY" : configured.get(0))
            .toUpperCase(Locale.ROOT);
    LocalDate at = blocDate != null ? blocDate : LocalDate.now();
    GroupLevel level = flags.level();
    ComplexityOptions options = flags.options(false);
    FeasibilityReport report;
    try (DuckDbStore store = global.openStoreReadOnly();
        CliProgress progress =
            new CliProgress(global.config().progress(), spec.commandLine().getErr())) {
      int y = StoredComplexity.year(store, year);
      List<ImportDependency> imports =
          ImportDependencies.of(
              new DependencyEngine(store.connection()), code, y, level, areas, b, at);
      ComplexityResult result = StoredComplexity.compute(store, y, level, options, progress);
      report = FeasibilityRanking.rank(result, code.alpha3(), imports);
    }
    String heading =
        level.name()
            + " products"
            + (areas.isEmpty() ? "" : ", areas " + String.join(",", areas))
            + "; "
            + b
            + " share as of "
            + at
            + "; "
            + ComplexityFlags.describe(options);
    new FeasibilityOutput(fmt, out, top, outOfReach, heading, b)
        .write(report, spec.commandLine().getOut());
    return 0;
  }
}
