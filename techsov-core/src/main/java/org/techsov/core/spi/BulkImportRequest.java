package org.techsov.core.spi;

import java.util.Map;
import java.util.Objects;
import org.techsov.core.reference.HsRevision;

/**
 * A flow file to load in bulk.
 *
 * @param location the file's path as the operating system names it (plain or gzip CSV)
 * @param fileName the file's name, as reported to the user
 * @param source the data source, e.g. {@code BACI}; imports of one source may not overlap in years
 * @param checksum SHA-256 of the file's bytes, lower-case hex
 * @param sizeBytes the file's size
 * @param revision HS revision of the product codes
 * @param countryCodes the file's numeric country codes mapped to store keys; a code absent here is
 *     unknown and its rows are rejected
 * @param knownProducts HS6 codes (as integers) the product dictionary lists, if one was given; rows
 *     with other codes are rejected
 * @param replace whether flows of the same source in the file's years may be replaced
 * @param keysKnownUnique the caller has proved that no two rows share a key (for example because
 *     keys strictly increase through the file and codes map one to one), so the store may skip its
 *     duplicate-key check
 */
public record BulkImportRequest(
    String location,
    String fileName,
    String source,
    String checksum,
    long sizeBytes,
    HsRevision revision,
    Map<Integer, Integer> countryCodes,
    Map<Integer, String> productNames,
    boolean replace,
    boolean keysKnownUnique) {
  public BulkImportRequest {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(revision, "revision");
    countryCodes = Map.copyOf(countryCodes);
    productNames = Map.copyOf(productNames);
  }
}
