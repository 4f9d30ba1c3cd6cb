package org.techsov.store.duckdb;

import java.sql.Connection;
import java.util.List;
import org.techsov.core.spi.ImportRecord;

/** The import log read over any connection to the store, e.g. one of a server's pool. */
public final class DuckDbImports {
  private final Connection connection;

  public DuckDbImports(Connection connection) {
    this.connection = connection;
  }

  /** Every completed import, oldest first. */
  public List<ImportRecord> all() {
    return ImportLog.all(connection);
  }

  public int count() {
    return all().size();
  }
}
