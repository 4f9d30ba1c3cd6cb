package org.techsov.store.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.store.migration.MigrationScripts;

/**
 * Schema migrations of the PostgreSQL registry: its own scripts and its own {@code schema_version}
 * table, independent of the embedded store's. Each script runs in one transaction (PostgreSQL's DDL
 * is transactional) while a session advisory lock keeps two clients from migrating at once.
 */
final class PostgresMigrations {
  /** Scripts by version; version N is at index N-1. */
  static final List<String> SCRIPTS = List.of("V1__catalogue.sql");

  /** "tsmg": the advisory lock key held while migrating. */
  private static final long LOCK = 1953721703L;

  private PostgresMigrations() {}

  static int latest() {
    return SCRIPTS.size();
  }

  static void migrate(Connection c, String registry) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + LOCK + ")");
    }
    try {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                + " description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)");
      }
      int current = currentVersion(c);
      if (current > latest()) {
        throw new TechsovException(
            ErrorCode.STORE_SCHEMA_TOO_NEW,
            "registry "
                + registry
                + " has schema version "
                + current
                + " but this techsov knows versions up to "
                + latest()
                + "; upgrade techsov to use it");
      }
      MigrationScripts.applyAfter(c, PostgresMigrations.class, SCRIPTS, current);
    } finally {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
      }
    }
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
