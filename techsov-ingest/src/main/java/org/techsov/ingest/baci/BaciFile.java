package org.techsov.ingest.baci;

import java.nio.file.Path;

/**
 * Facts about a BACI-layout file established before it is loaded.
 *
 * @param path the file
 * @param sizeBytes its size
 * @param gzip whether it is gzip-compressed (by content, not by name)
 * @param checksum SHA-256 of its bytes, lower-case hex
 */
public record BaciFile(Path path, long sizeBytes, boolean gzip, String checksum) {
  public String fileName() {
    return path.getFileName().toString();
  }
}
