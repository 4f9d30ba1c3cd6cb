package org.techsov.synth;

import java.util.Objects;

/**
 * How a synthetic world is written.
 *
 * @param gzip compress the flow files
 * @param singleFile write all years into one flow file instead of one file per year
 * @param corruption rows to damage on purpose (for tests of the importer)
 */
public record WriteOptions(boolean gzip, boolean singleFile, Corruption corruption) {
  public WriteOptions {
    Objects.requireNonNull(corruption, "corruption");
  }

  public static WriteOptions plain() {
    return new WriteOptions(false, false, Corruption.none());
  }
}
