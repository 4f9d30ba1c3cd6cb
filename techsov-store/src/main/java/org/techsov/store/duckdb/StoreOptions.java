package org.techsov.store.duckdb;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the embedded store is opened.
 *
 * @param database the database file
 * @param memoryLimit DuckDB memory limit, e.g. {@code 4GB}
 * @param threads worker threads, at least 1
 * @param tempDirectory where DuckDB spills work that does not fit in memory
 * @param readOnly open without write access (several readers may share the file)
 */
public record StoreOptions(
    Path database, String memoryLimit, int threads, Path tempDirectory, boolean readOnly) {
  public StoreOptions {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(memoryLimit, "memoryLimit");
    Objects.requireNonNull(tempDirectory, "tempDirectory");
    if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
      throw new IllegalArgumentException(
          "memory limit must look like 4GB or 512MB, not '" + memoryLimit + "'");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /** Defaults: 4GB memory, every processor, spill files beside the database. */
  public static StoreOptions defaults(Path database) {
    Path temp = database.toAbsolutePath().resolveSibling(database.getFileName() + ".tmp");
    return new StoreOptions(
        database, "4GB", Runtime.getRuntime().availableProcessors(), temp, false);
  }

  public StoreOptions withReadOnly(boolean readOnly) {
    return new StoreOptions(database, memoryLimit, threads, tempDirectory, readOnly);
  }
}
