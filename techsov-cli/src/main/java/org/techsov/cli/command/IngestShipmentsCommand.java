package org.techsov.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CliProgress;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.ImportReport;
import org.techsov.cli.support.RowIngestFlags;
import org.techsov.ingest.reported.BrandTable;
import org.techsov.ingest.reported.ReadingContext;
import org.techsov.ingest.reported.ShipmentImports;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techsov ingest shipments FILE ...}. */
@Command(
    name = "shipments",
    mixinStandardHelpOptions = true,
    description = {
      "Import shipment-level customs records (docs/formats/shipments.md): date, HS code, origin,",
      "dispatch and destination countries, exporter, importer, manufacturer, brand, value,",
      "quantity. Each record's brand is attributed to its owner's HQ country (brand_hq column, or",
      "the packaged brand list, or --brands FILE)."
    })
public final class IngestShipmentsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;
  @Mixin RowIngestFlags flags;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Shipment file(s).")
  List<Path> files;

  @Option(
      names = "--brands",
      paramLabel = "FILE",
      description = "More brands with their HQ country (brand,hq[,owner]).")
  Path brands;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReadingContext context = ReadingContext.of(flags.reading());
    BrandTable table = BrandTable.builtIn(global.reference().countries());
    if (brands != null) {
      table = table.with(brands, global.reference().countries());
    }
    try (DuckDbStore store = global.openStore();
        CliProgress progress =
            new CliProgress(global.config().progress(), spec.commandLine().getErr())) {
      ShipmentImports imports = new ShipmentImports(store, global.reference());
      for (Path f : files) {
        var outcome = imports.run(context, table, flags.options(f, files), progress);
        progress.close();
        ImportReport.print(out, outcome);
      }
    }
    return 0;
  }
}
