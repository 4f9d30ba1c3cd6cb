package org.techsov.store.catalogue;

/**
 * What differs between the databases that hold a catalogue. The tables and every query are the
 * same; only concurrency differs: the embedded store has one writer (DuckDB's file lock), while the
 * registry is shared, so each save there first takes a transaction-scoped advisory lock and
 * concurrent saves (a merge reads, then writes) run one after the other.
 */
public enum CatalogueDialect {
  DUCKDB(null),
  /** 0x74736376 is "tscv": the registry's advisory lock key for catalogue saves. */
  POSTGRES("SELECT pg_advisory_xact_lock(1953719158)");

  private final String lockStatement;

  CatalogueDialect(String lockStatement) {
    this.lockStatement = lockStatement;
  }

  /** SQL that serialises writers within a transaction, or null when none is needed. */
  String lockStatement() {
    return lockStatement;
  }
}
