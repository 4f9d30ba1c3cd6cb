package org.techsov.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CliProgress;
import org.techsov.cli.support.ComplexityFlags;
import org.techsov.cli.support.ComplexityOutput;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.StoredComplexity;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.ingest.complexity.ExportMatrixCsvReader;
import org.techsov.ingest.complexity.PopulationCsvReader;
import org.techsov.ingest.complexity.PopulationTable;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov complexity}: RCA, ECI, PCI, density, COI, COG and fitness of a year. */
@Command(
    name = "complexity",
    mixinStandardHelpOptions = true,
    description = {
      "Economic complexity per year: per country diversity, ECI, COI and fitness; per product",
      "ubiquity and PCI; with --cells per country and product RCA, Mcp, density, distance and",
      "COG. From the stored flows (exports = sum over importers) or from a CSV file with the",
      "columns year,country,product,export_value (--input)."
    })
public final class ComplexityCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;
  @Mixin ComplexityFlags flags;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "The year (default: the last stored year; every year of --input).")
  Integer year;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description =
          "CSV of export values (year,country,product,export_value) instead of the store.")
  Path input;

  @Option(
      names = "--population",
      paramLabel = "FILE",
      description = "CSV of population (country,population[,year]) for the RPOP presence test.")
  Path population;

  @Option(
      names = "--cells",
      description = "Also write the per-cell table (rca, mcp, density, distance, cog).")
  boolean cells;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "Restrict the cells to one country (needed for --cells as a table).")
  String country;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "Rows of each text table (default ${DEFAULT-VALUE}; 0 = all).")
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
      description = "Write to files instead of standard output (csv/parquet: one per table).")
  Path out;

  @Override
  public Integer call() {
    if (population != null && input == null) {
      throw TechsovException.invalidArgument("--population goes with --input");
    }
    PrintWriter w = spec.commandLine().getOut();
    ComplexityOutput output = new ComplexityOutput(format, out, cells, country, top);
    output.check();
    try (CliProgress progress =
        new CliProgress(global.config().progress(), spec.commandLine().getErr())) {
      List<ComplexityResult> results = input != null ? fromFile(progress) : fromStore(progress);
      progress.close();
      String source =
          input != null
              ? input.getFileName().toString()
              : "stored flows, " + flags.level().name() + " products";
      output.write(results, source, w, progress);
    }
    return 0;
  }

  private List<ComplexityResult> fromStore(CliProgress progress) {
    try (DuckDbStore store = global.openStoreReadOnly()) {
      int y = StoredComplexity.year(store, year);
      ComplexityOptions options = flags.options(false);
      return List.of(StoredComplexity.compute(store, y, flags.level(), options, progress));
    }
  }

  private List<ComplexityResult> fromFile(CliProgress progress) {
    if (year != null) {
      StoredComplexity.requirePlausible(year);
    }
    PopulationTable pop = population == null ? null : PopulationCsvReader.read(population);
    SortedMap<Integer, ExportMatrix> years = ExportMatrixCsvReader.read(input, progress);
    if (year != null && !years.containsKey(year)) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          input.getFileName() + " has no rows for " + year + "; it has years " + years.keySet());
    }
    ComplexityOptions options = flags.options(pop != null);
    List<ComplexityResult> out = new ArrayList<>();
    for (ExportMatrix m : year != null ? List.of(years.get(year)) : years.values()) {
      out.add(
          StoredComplexity.compute(
              m, pop == null ? null : pop.forYear(m.year()), options, progress));
    }
    return out;
  }
}
