package org.techsov.core.spi;

import java.util.List;
import java.util.Optional;

/** A store that holds trade flows and the accounting of how they were loaded. */
public interface FlowStore {
  /** The completed import of a file with this checksum, if any. */
  Optional<ImportRecord> findImport(String checksum);

  /** Every completed import, oldest first. */
  List<ImportRecord> imports();

  /**
   * Opens a transaction, loads the file, removes and reports the rows that break a rule.
   *
   * @throws org.techsov.core.error.TechsovException if the file cannot be read at all, or its years
   *     overlap flows of the same source and replacement was not asked for
   */
  StagedImport stage(BulkImportRequest request, ProgressListener progress);
}
