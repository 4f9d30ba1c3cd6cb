package org.techsov.core.spi;

import java.util.List;

/**
 * A file loaded and validated inside an open transaction. Nothing is visible to others until {@link
 * #commit}; {@link #close} without commit leaves the store exactly as it was.
 */
public interface StagedImport extends AutoCloseable {
  /** Data rows the parser saw, accepted or not. */
  long rowsRead();

  /** Rows that stay after rejected ones were removed. */
  long rowsStored();

  /** Calendar years of the stored rows, ascending. */
  List<Integer> years();

  /** Lines the parser refused, ordered by line. */
  List<StructuralReject> structuralRejects();

  /** Parsed rows that break a rule, ordered by ordinal; they are no longer in the transaction. */
  List<RowReject> rowRejects();

  /**
   * Makes the import visible and records its accounting.
   *
   * @param rejectFile where the rejected rows were written, or empty
   * @return the stored accounting
   */
  ImportRecord commit(String rejectFile);

  /** Rolls back unless committed. */
  @Override
  void close();
}
