package org.techsov.core.spi;

import java.util.Objects;

/**
 * A file whose rows are read and checked one by one by an importer and handed to the store.
 *
 * @param source the data source, e.g. {@code COMEXT}; imports of one source may not cover the same
 *     reporter and month twice
 * @param fileName the file's name, as reported to the user
 * @param checksum SHA-256 of the file's bytes, lower-case hex
 * @param sizeBytes the file's size
 * @param revision what the product codes are, e.g. {@code CN8 (HS2017, HS2022) -> HS2022}
 * @param replace whether rows of the same source for the same reporters and months may be replaced
 * @param productGroups HS2022 subheadings merged into comparable groups by the concordance used,
 *     mapped to their group key (empty when none was used)
 */
public record RowImportRequest(
    String source,
    String fileName,
    String checksum,
    long sizeBytes,
    String revision,
    boolean replace,
    java.util.Map<Integer, Integer> productGroups) {
  public RowImportRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(revision, "revision");
    productGroups = java.util.Map.copyOf(productGroups);
  }
}
