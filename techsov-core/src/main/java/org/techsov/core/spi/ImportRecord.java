package org.techsov.core.spi;

import java.time.Instant;
import java.util.List;

/**
 * The accounting of one completed import: {@code rowsRead = rowsStored + rowsRejected}.
 *
 * @param id the import's id in the store
 * @param source data source, e.g. {@code BACI}
 * @param fileName the file's name
 * @param checksum SHA-256 of the file's bytes
 * @param sizeBytes the file's size
 * @param revision HS revision name, e.g. {@code HS2017}
 * @param years calendar years the stored flows cover
 * @param rowsRead data rows read (lines after the header that are not blank)
 * @param rowsStored rows stored
 * @param rowsRejected rows rejected, each written to the reject file with its reason
 * @param rejectFile where rejected rows were written, or empty when there were none
 * @param startedAt when the import started
 * @param finishedAt when it committed
 * @param note what else happened, e.g. flows of an earlier import replaced
 */
public record ImportRecord(
    long id,
    String source,
    String fileName,
    String checksum,
    long sizeBytes,
    String revision,
    List<Integer> years,
    long rowsRead,
    long rowsStored,
    long rowsRejected,
    String rejectFile,
    Instant startedAt,
    Instant finishedAt,
    String note) {
  public ImportRecord {
    years = List.copyOf(years);
    if (rowsRead != rowsStored + rowsRejected) {
      throw new IllegalArgumentException(
          "import accounting does not balance: read "
              + rowsRead
              + " != stored "
              + rowsStored
              + " + rejected "
              + rowsRejected);
    }
  }
}
