package org.techsov.store.duckdb;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/** Turns DuckDB's failures into techsov errors with a message a user can act on. */
final class DuckDbErrors {
  private DuckDbErrors() {}

  static TechsovException onOpen(Path database, SQLException e) {
    String m = lower(e);
    if (m.contains("lock")) {
      return new TechsovException(
          ErrorCode.STORE_LOCKED,
          "store "
              + database
              + " is in use by another process (the file is locked); close it or use --db"
              + " with another file",
          e);
    }
    if (m.contains("not a valid duckdb database")
        || m.contains("invalid")
        || m.contains("corrupt")
        || m.contains("magic")) {
      return new TechsovException(
          ErrorCode.STORE_CORRUPT,
          "store " + database + " is not a techsov/DuckDB database file: " + e.getMessage(),
          e);
    }
    if (m.contains("version") || m.contains("serializ")) {
      return new TechsovException(
          ErrorCode.STORE_SCHEMA_TOO_NEW,
          "store " + database + " was written by a newer storage version: " + e.getMessage(),
          e);
    }
    return new TechsovException(
        ErrorCode.STORE_UNAVAILABLE, "cannot open store " + database + ": " + e.getMessage(), e);
  }

  static TechsovException onQuery(String what, SQLException e) {
    if (lower(e).contains("interrupt")) {
      return new TechsovException(ErrorCode.INTERRUPTED, what + " was interrupted", e);
    }
    return new TechsovException(ErrorCode.INTERNAL_ERROR, what + " failed: " + e.getMessage(), e);
  }

  private static String lower(SQLException e) {
    return e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
  }
}
