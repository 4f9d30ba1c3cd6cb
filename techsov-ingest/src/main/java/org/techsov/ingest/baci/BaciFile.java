package org.techsov.ingest.baci;

import java.nio.file.Path;

/**
 * Facts about a BACI-layout file established before it is loaded.
 *
 * @param path the file
 * @param sizeBytes its size
 * @param gzip whether it is gzip-compressed (by content, not by name)
 * @param checksum SHA-256 of its bytes, lower-case hex
 * @param keysStrictlyIncreasing true if the rows' keys {@code (t, i, j, k)} were seen to strictly
 *     increase, which proves there is no duplicate key; false when unknown
 */
public record BaciFile(
    Path path, long sizeBytes, boolean gzip, String checksum, boolean keysStrictlyIncreasing) {
  public String fileName() {
    return path.getFileName().toString();
  }
}
