package org.techsov.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.techsov.core.error.TechsovException;
import org.techsov.core.trade.FlowDirection;
import org.techsov.ingest.reported.ReportedImports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code techsov ingest comext FILE ...}. */
@Command(
    name = "comext",
    mixinStandardHelpOptions = true,
    description = {
      "Import Eurostat Comext monthly extracts (reporter, partner, product at CN8 or HS level,",
      "flow, period, value in EUR, quantity in kg; plain or gzip CSV). Values are converted to",
      "USD at the month's average rate. HS4 totals are kept but not added to the CN8 rows of",
      "their heading. All or nothing, with rejected rows written with their reasons."
    })
public final class IngestComextCommand extends IngestReportedCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Comext extract(s).")
  List<Path> files;

  @Option(
      names = "--flow",
      paramLabel = "FLOW",
      description = "export or import: the flow of every row, for files without a flow column.")
  String flow;

  @Override
  public Integer call() {
    FlowDirection f =
        flow == null
            ? null
            : FlowDirection.parse(flow)
                .filter(FlowDirection::isTotal)
                .orElseThrow(
                    () -> TechsovException.invalidArgument("--flow must be export or import"));
    return run(ReportedImports.Format.COMEXT, files, f);
  }
}
