package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.store.migration.MigrationScripts;

/**
 * Schema migrations of the embedded store. Each version is a SQL script applied in its own
 * transaction and recorded in {@code schema_version}; a store whose version is newer than this
 * build knows is refused rather than guessed at.
 */
final class Migrations {
  /** Scripts by version; version N is at index N-1. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__trade_flows.sql",
          "V2__catalogue.sql",
          "V3__circumvention.sql",
          "V4__api_tokens.sql");

  private Migrations() {}

  static int latest() {
    return SCRIPTS.size();
  }

  /** Applies every missing migration; returns the version the store is at afterwards. */
  static int migrate(Connection c, String database) throws SQLException {
    int current = currentVersion(c);
    if (current > latest()) {
      throw new TechsovException(
          ErrorCode.STORE_SCHEMA_TOO_NEW,
          "store "
              + database
              + " has schema version "
              + current
              + " but this techsov knows versions up to "
              + latest()
              + "; upgrade techsov to open it");
    }
    MigrationScripts.applyAfter(c, Migrations.class, SCRIPTS, current);
    return latest();
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
              + " description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
      try (var rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
