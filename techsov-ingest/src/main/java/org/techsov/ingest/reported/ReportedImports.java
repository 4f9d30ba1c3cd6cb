package org.techsov.ingest.reported;

import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.spi.ReportedFlowStore;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.ingest.baci.ImportOutcome;
import org.techsov.ingest.rows.RowImportOptions;
import org.techsov.ingest.rows.RowImporter;
import org.techsov.ingest.rows.RowParser;

/**
 * Imports reported flows (Eurostat Comext, UN Comtrade, IMF IMTS) into a store, each file all or
 * nothing with its rejected rows written out; see {@link RowImporter}.
 */
public final class ReportedImports {
  /** The formats read. */
  public enum Format {
    COMEXT,
    COMTRADE,
    IMTS
  }

  private final ReportedFlowStore store;
  private final ReferenceData reference;

  public ReportedImports(ReportedFlowStore store, ReferenceData reference) {
    this.store = store;
    this.reference = reference;
  }

  public ImportOutcome run(
      Format format, ReadingContext context, RowImportOptions options, ProgressListener progress) {
    RowImporter<ReportedFlow> importer =
        new RowImporter<>(store::findImport, store::stageReportedFlows);
    return importer.run(parser(format, context), options, progress);
  }

  private RowParser<ReportedFlow> parser(Format format, ReadingContext c) {
    CountryResolver countries = new CountryResolver(reference.countries());
    return switch (format) {
      case COMEXT -> new ComextParser(countries, c.products(), new Converter(c.rates()), c.flow());
      case COMTRADE -> new ComtradeParser(countries, c.products());
      case IMTS -> new ImtsParser(countries);
    };
  }
}
