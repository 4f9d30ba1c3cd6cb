package org.techsov.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.ReferenceData;
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.report.CountryReport;
import org.techsov.report.ReportFormat;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportRequests;
import org.techsov.report.ReportSections;
import org.techsov.store.duckdb.DuckDbImports;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreYears;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov report --country RUS --year 2023 --out report.pdf}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write a country report: dependency by technology area, the bloc shift over the years, the",
      "top suppliers, parallel imports through third countries, import-substitution candidates,",
      "the substitution programmes and the scorecard of targets and claims (built-in catalogue),",
      "and the methods and sources, with charts. HTML (one self-contained file) or PDF, by the",
      "extension of --out."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(names = "--country", required = true, paramLabel = "ISO3", description = "The importer.")
  String country;

  @Option(names = "--year", paramLabel = "YEAR", description = "Year (default: last stored).")
  Integer year;

  @Option(
      names = "--from",
      paramLabel = "YEAR",
      description = "First year of the bloc shift (default: first stored).")
  Integer from;

  @Option(
      names = "--area",
      split = ",",
      paramLabel = "AREA",
      description = "Technology areas (default: every area).")
  List<String> areas = new ArrayList<>();

  @Option(
      names = "--bloc",
      split = ",",
      paramLabel = "BLOC",
      description = "Blocs (default: COALITION,CHN_HK,HUBS).")
  List<String> blocs = new ArrayList<>();

  @Option(
      names = "--bloc-date",
      paramLabel = "DATE",
      description = "Date of bloc membership and of the scorecard (default: today).")
  LocalDate blocDate;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "report.html or report.pdf.")
  Path out;

  @Override
  public Integer call() {
    ReportFormat format = ReportFormat.ofFileName(out.getFileName().toString());
    ReferenceData reference = global.reference();
    try (DuckDbStore store = global.openStoreReadOnly()) {
      int[] stored = StoreYears.of(store);
      ReportRequest request = request(reference, stored);
      CountryReport report =
          CountryReport.build(
              new ReportInput(
                  request,
                  store.connection(),
                  reference,
                  new DuckDbImports(store.connection()).all(),
                  BuiltInCatalogue.seeds()),
              ReportSections.standard());
      byte[] bytes = format.render(report);
      Files.write(out, bytes);
      spec.commandLine()
          .getOut()
          .printf(
              "wrote %s (%s, %,d bytes, %d sections)%n",
              out, format.extension(), bytes.length, report.sections().size());
      spec.commandLine().getOut().flush();
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot write " + out + ": " + e, e);
    }
    return 0;
  }

  ReportRequest request(ReferenceData reference, int[] stored) {
    return ReportRequests.of(reference, country, stored, year, from, areas, blocs, blocDate);
  }
}
