package org.techsov.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.techsov.cli.support.CliProgress;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.ImportReport;
import org.techsov.cli.support.RowIngestFlags;
import org.techsov.core.trade.FlowDirection;
import org.techsov.ingest.reported.ReadingContext;
import org.techsov.ingest.reported.ReadingOptions;
import org.techsov.ingest.reported.ReportedImports;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * What the Comext, Comtrade and IMF importers share: the store and row-import flags; read each
 * file, report it.
 */
abstract class IngestReportedCommand {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;
  @Mixin RowIngestFlags flags;

  int run(ReportedImports.Format format, List<Path> files, FlowDirection flow) {
    PrintWriter out = spec.commandLine().getOut();
    ReadingOptions r = flags.reading();
    if (flow != null) {
      r = r.withFlow(flow);
    }
    ReadingContext context = ReadingContext.of(r);
    try (DuckDbStore store = global.openStore();
        CliProgress progress =
            new CliProgress(global.config().progress(), spec.commandLine().getErr())) {
      ReportedImports imports = new ReportedImports(store, global.reference());
      for (Path f : files) {
        var outcome = imports.run(format, context, flags.options(f, files), progress);
        progress.close();
        ImportReport.print(out, outcome);
      }
    }
    return 0;
  }
}
