package org.techsov.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.store.duckdb.DuckDbStore;

/**
 * The server's access to the store it holds open. Requests read through a small pool of connections
 * (DuckDB connections are not shared between threads; each sees the last committed state); writes
 * are serialised and run on the store's own connection. After a write the store's fingerprint
 * changes, which changes every ETag and empties the result cache.
 */
public final class StoreAccess implements AutoCloseable {
  private static final long WAIT_SECONDS = 30;

  private final DuckDbStore store;
  private final BlockingQueue<Connection> pool;
  private final List<Connection> all = new ArrayList<>();
  private final ReentrantLock writeLock = new ReentrantLock();
  private volatile String fingerprint;
  private volatile Snapshot snapshot;

  /**
   * What every request may need to know about the store, read once per store state.
   *
   * @param schemaVersion the schema version
   * @param flows stored flow rows
   * @param firstYear first year with flows, 0 when there are none
   * @param lastYear last year with flows, 0 when there are none
   * @param imports completed imports
   */
  public record Snapshot(int schemaVersion, long flows, int firstYear, int lastYear, int imports) {
    /** {first, last} stored year, or a not-found error when the store holds no flows. */
    public int[] years() {
      if (flows == 0) {
        throw new TechsovException(
            ErrorCode.NO_DATA,
            "the store holds no trade flows yet; ingest a BACI file (POST /api/jobs/ingest) or"
                + " run 'techsov demo'");
      }
      return new int[] {firstYear, lastYear};
    }
  }

  public StoreAccess(DuckDbStore store, int connections) {
    this.store = store;
    this.pool = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      Connection c = store.newConnection();
      all.add(c);
      pool.add(c);
    }
    refresh();
  }

  /** Runs {@code work} on a pooled connection. */
  public <T> T read(Function<Connection, T> work) {
    Connection c = take();
    try {
      return work.apply(c);
    } finally {
      pool.add(c);
    }
  }

  /** Runs {@code work} on the store itself, one write at a time, then refreshes the fingerprint. */
  public <T> T write(Function<DuckDbStore, T> work) {
    writeLock.lock();
    try {
      return work.apply(store);
    } finally {
      refresh();
      writeLock.unlock();
    }
  }

  /** The store's state as of the last write. */
  public Snapshot snapshot() {
    return snapshot;
  }

  private void refresh() {
    snapshot = read(StoreAccess::readSnapshot);
    fingerprint = computeFingerprint();
  }

  private static Snapshot readSnapshot(Connection c) {
    long[] f = StoreFacts.summary(c);
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT coalesce(max(version), 0) FROM schema_version),"
                    + " (SELECT count(*) FROM import_log)")) {
      rs.next();
      return new Snapshot(rs.getInt(1), f[0], (int) f[1], (int) f[2], rs.getInt(2));
    } catch (SQLException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "reading the store's state failed", e);
    }
  }

  /** Changes whenever an import commits or the reference data is reloaded. */
  public String fingerprint() {
    return fingerprint;
  }

  public DuckDbStore store() {
    return store;
  }

  private Connection take() {
    try {
      Connection c = pool.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      if (c == null) {
        throw new TechsovException(
            ErrorCode.STORE_UNAVAILABLE,
            "the store is busy: every connection was in use for " + WAIT_SECONDS + " s; retry");
      }
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TechsovException(ErrorCode.INTERRUPTED, "interrupted waiting for the store", e);
    }
  }

  private String computeFingerprint() {
    return read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT count(*), coalesce(max(id), 0), coalesce(CAST(max(finished_at) AS"
                          + " VARCHAR), ''), (SELECT coalesce(max(value), '') FROM reference_meta)"
                          + " FROM import_log")) {
            rs.next();
            return rs.getLong(1)
                + "-"
                + rs.getLong(2)
                + "-"
                + rs.getString(3)
                + "-"
                + rs.getString(4);
          } catch (SQLException e) {
            throw new TechsovException(
                ErrorCode.INTERNAL_ERROR, "reading the store's imports failed", e);
          }
        });
  }

  @Override
  public void close() {
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing: nothing more to do
      }
    }
  }
}
