package org.techsov.ingest.baci;

import java.util.List;
import org.techsov.core.spi.ImportRecord;

/**
 * What an import did.
 *
 * @param record the accounting of the import (for a file imported before, the earlier import's)
 * @param skipped true when the file had been imported before and nothing was done
 * @param rejects the rejected rows, in line order (empty when skipped)
 */
public record ImportOutcome(ImportRecord record, boolean skipped, List<RejectedRow> rejects) {
  public ImportOutcome {
    rejects = List.copyOf(rejects);
  }
}
