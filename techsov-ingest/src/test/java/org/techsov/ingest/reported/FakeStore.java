package org.techsov.ingest.reported;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.spi.ImportRecord;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.spi.ReportedFlowStore;
import org.techsov.core.spi.RowImportRequest;
import org.techsov.core.spi.RowStaging;
import org.techsov.core.spi.StagedRows;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.core.trade.Shipment;

/** A store that keeps what it is given in lists and commits nothing anywhere. */
final class FakeStore implements ReportedFlowStore {
  final List<ReportedFlow> flows = new ArrayList<>();
  final List<Shipment> shipments = new ArrayList<>();
  final List<ImportRecord> committed = new ArrayList<>();
  RowImportRequest lastRequest;

  @Override
  public Optional<ImportRecord> findImport(String checksum) {
    return committed.stream().filter(r -> r.checksum().equals(checksum)).findFirst();
  }

  @Override
  public RowStaging<ReportedFlow> stageReportedFlows(RowImportRequest request) {
    return new Staging<>(request, flows);
  }

  @Override
  public RowStaging<Shipment> stageShipments(RowImportRequest request) {
    return new Staging<>(request, shipments);
  }

  @Override
  public void saveGoodsList(GoodsList list) {}

  @Override
  public List<GoodsList> userGoodsLists() {
    return List.of();
  }

  private final class Staging<T> implements RowStaging<T> {
    private final RowImportRequest request;
    private final List<T> into;
    private final List<T> pending = new ArrayList<>();

    Staging(RowImportRequest request, List<T> into) {
      this.request = request;
      this.into = into;
      lastRequest = request;
    }

    @Override
    public void append(T row, long line) {
      pending.add(row);
    }

    @Override
    public StagedRows finish(ProgressListener progress) {
      return new StagedRows(pending.size(), List.of(), List.of(2022), 0, "");
    }

    @Override
    public ImportRecord commit(long rowsRead, long rowsRejected, String rejectFile, String note) {
      into.addAll(pending);
      ImportRecord r =
          new ImportRecord(
              committed.size() + 1,
              request.source(),
              request.fileName(),
              request.checksum(),
              request.sizeBytes(),
              request.revision(),
              List.of(2022),
              rowsRead,
              pending.size(),
              rowsRejected,
              rejectFile,
              Instant.now(),
              Instant.now(),
              note);
      committed.add(r);
      return r;
    }

    @Override
    public void close() {}
  }
}
