package org.techsov.ingest.baci;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.techsov.core.reference.HsRevision;

/**
 * How a BACI file is imported.
 *
 * @param file the flows file (CSV, plain or gzip)
 * @param countryCodes the release's country dictionary; the packaged BACI codes when empty
 * @param products the release's product dictionary; when given, unknown products are rejected and
 *     product names are stored
 * @param revision the HS revision; read from the file name ({@code BACI_HS17_...}) when empty
 * @param rejectFile where rejected rows are written
 * @param replace re-import a file already imported, and replace flows of its years
 * @param maxRejectRate the largest share of rejected rows (0-1) for which the good rows are stored;
 *     above it nothing is stored
 */
public record BaciImportOptions(
    Path file,
    Optional<Path> countryCodes,
    Optional<Path> products,
    Optional<HsRevision> revision,
    Path rejectFile,
    boolean replace,
    double maxRejectRate) {
  public BaciImportOptions {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rejectFile, "rejectFile");
    if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
      throw new IllegalArgumentException("maxRejectRate must be within 0..1: " + maxRejectRate);
    }
  }

  /** Defaults for a file: reject file beside the working directory, 5% reject tolerance. */
  public static BaciImportOptions of(Path file) {
    return new BaciImportOptions(
        file,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        defaultRejectFile(file),
        false,
        0.05);
  }

  /** {@code <file name without .csv/.gz>.rejects.csv} in the working directory. */
  public static Path defaultRejectFile(Path file) {
    String name = file.getFileName().toString().replaceAll("(?i)(\\.csv)?(\\.gz)?$", "");
    return Path.of(name + ".rejects.csv");
  }
}
