package org.techsov.core.spi;

import java.util.List;
import java.util.Optional;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.core.trade.Shipment;

/**
 * A store of flows as countries report them (monthly or yearly, in their currency) and of
 * shipment-level customs records, with the accounting of how they were loaded, and of the goods
 * lists users load.
 */
public interface ReportedFlowStore {
  /** The completed import of a file with this checksum, if any. */
  Optional<ImportRecord> findImport(String checksum);

  /** Opens a transaction to load reported flows. */
  RowStaging<ReportedFlow> stageReportedFlows(RowImportRequest request);

  /** Opens a transaction to load shipment records. */
  RowStaging<Shipment> stageShipments(RowImportRequest request);

  /**
   * Stores a goods list loaded by the user, as one version of the list with that id; a version
   * stored before under the same id and date is replaced.
   */
  void saveGoodsList(GoodsList list);

  /** Every version of the goods lists users loaded, oldest first. */
  List<GoodsList> userGoodsLists();
}
