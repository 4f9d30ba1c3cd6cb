package org.techsov.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.techsov.ingest.reported.ReportedImports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code techsov ingest comtrade FILE ...}. */
@Command(
    name = "comtrade",
    mixinStandardHelpOptions = true,
    description = {
      "Import UN Comtrade bulk files, monthly or annual (comma- or tab-separated, plain or gzip).",
      "Values are US dollars; rows for the partner World and breakdowns by transport mode,",
      "customs procedure or second partner repeat the totals and are not stored. Codes of HS",
      "revisions before HS2022 need --concordance."
    })
public final class IngestComtradeCommand extends IngestReportedCommand
    implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Comtrade bulk file(s).")
  List<Path> files;

  @Override
  public Integer call() {
    return run(ReportedImports.Format.COMTRADE, files, null);
  }
}
