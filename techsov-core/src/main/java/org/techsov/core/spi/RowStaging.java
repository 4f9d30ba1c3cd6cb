package org.techsov.core.spi;

/**
 * Rows of one file being loaded inside an open transaction. Nothing is visible to others until
 * {@link #commit}; {@link #close} without commit leaves the store exactly as it was.
 *
 * @param <T> the row type
 */
public interface RowStaging<T> extends AutoCloseable {
  /** Adds a row that passed the importer's checks, with the line it was read from. */
  void append(T row, long line);

  /**
   * Applies the rules that span rows (duplicate keys, overlaps with earlier imports, which rows
   * count), removing the rows they reject.
   *
   * @throws org.techsov.core.error.TechsovException if the rows overlap an earlier import of the
   *     same source and replacement was not asked for
   */
  StagedRows finish(ProgressListener progress);

  /**
   * Makes the import visible and records its accounting.
   *
   * @param rowsRead data rows read from the file
   * @param rowsRejected rows rejected by the importer and by {@link #finish}
   * @param rejectFile where rejected rows were written, or empty
   * @param note what the importer has to add (rates used, months missing), or empty
   */
  ImportRecord commit(long rowsRead, long rowsRejected, String rejectFile, String note);

  /** Rolls back unless committed. */
  @Override
  void close();
}
