package org.techsov.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.techsov.ingest.reported.ReportedImports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code techsov ingest imts FILE ...}. */
@Command(
    name = "imts",
    mixinStandardHelpOptions = true,
    description = {
      "Import IMF International Trade in Goods series (IMTS/DOTS, wide: one column per year),",
      "all goods, annual, in US dollars: a country's imports (CIF) and exports (FOB) by partner."
    })
public final class IngestImtsCommand extends IngestReportedCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "IMTS series file(s).")
  List<Path> files;

  @Override
  public Integer call() {
    return run(ReportedImports.Format.IMTS, files, null);
  }
}
