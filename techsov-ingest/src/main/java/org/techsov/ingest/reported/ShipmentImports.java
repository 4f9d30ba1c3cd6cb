package org.techsov.ingest.reported;

import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.spi.ReportedFlowStore;
import org.techsov.ingest.baci.ImportOutcome;
import org.techsov.ingest.rows.RowImportOptions;
import org.techsov.ingest.rows.RowImporter;

/** Imports shipment-level customs records into a store, all or nothing; see {@link RowImporter}. */
public final class ShipmentImports {
  private final ReportedFlowStore store;
  private final ReferenceData reference;

  public ShipmentImports(ReportedFlowStore store, ReferenceData reference) {
    this.store = store;
    this.reference = reference;
  }

  public ImportOutcome run(
      ReadingContext context, BrandTable brands, RowImportOptions options, ProgressListener p) {
    ShipmentParser parser =
        new ShipmentParser(
            new CountryResolver(reference.countries()),
            context.products(),
            new Converter(context.rates()),
            brands);
    return new RowImporter<>(store::findImport, store::stageShipments).run(parser, options, p);
  }
}
