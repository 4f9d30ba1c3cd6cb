package org.techsov.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;
import org.techsov.core.spi.ProgressListener;

/**
 * Reports the progress DuckDB measures for a running statement (per mille of the work), from a
 * daemon thread, until closed.
 */
final class QueryProgressPoller implements AutoCloseable {
  private static final long INTERVAL_MILLIS = 200;

  private final DuckDBPreparedStatement statement;
  private final String stage;
  private final ProgressListener listener;
  private final Thread thread;
  private volatile boolean running = true;

  QueryProgressPoller(PreparedStatement statement, String stage, ProgressListener listener)
      throws SQLException {
    this.statement = statement.unwrap(DuckDBPreparedStatement.class);
    this.stage = stage;
    this.listener = listener;
    this.thread = new Thread(this::poll, "techsov-progress");
    this.thread.setDaemon(true);
  }

  void start() {
    if (listener != ProgressListener.NONE) {
      thread.start();
    }
  }

  private void poll() {
    while (running) {
      try {
        Thread.sleep(INTERVAL_MILLIS);
        QueryProgress p = statement.getQueryProgress();
        double pct = p.getPercentage();
        if (pct >= 0) {
          listener.update(stage, Math.round(pct * 10), 1000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (SQLException | RuntimeException e) {
        // the statement finished between two polls; nothing to report
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
