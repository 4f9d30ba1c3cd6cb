package org.techsov.ingest.rows;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a row-by-row import runs.
 *
 * @param file the data file (CSV or tab-separated, plain or gzip)
 * @param rejectFile where rejected rows are written
 * @param replace re-import a file imported before, and replace rows of the same cells
 * @param maxRejectRate the largest share (0-1) of rows rejected for errors (aggregate rows a source
 *     writes on purpose do not count) for which the good rows are stored
 */
public record RowImportOptions(Path file, Path rejectFile, boolean replace, double maxRejectRate) {
  public RowImportOptions {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rejectFile, "rejectFile");
    if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
      throw new IllegalArgumentException("maxRejectRate must be within 0..1: " + maxRejectRate);
    }
  }

  /** Defaults: reject file {@code <name>.rejects.csv} in the working directory, 5% tolerance. */
  public static RowImportOptions of(Path file) {
    String name = file.getFileName().toString().replaceAll("(?i)(\\.(csv|txt|tsv))?(\\.gz)?$", "");
    return new RowImportOptions(file, Path.of(name + ".rejects.csv"), false, 0.05);
  }

  public RowImportOptions withRejectFile(Path p) {
    return new RowImportOptions(file, p, replace, maxRejectRate);
  }

  public RowImportOptions withReplace(boolean r) {
    return new RowImportOptions(file, rejectFile, r, maxRejectRate);
  }

  public RowImportOptions withMaxRejectRate(double rate) {
    return new RowImportOptions(file, rejectFile, replace, rate);
  }
}
