package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.spi.ImportRecord;
import org.techsov.core.spi.RowImportRequest;
import org.techsov.core.spi.RowStaging;
import org.techsov.core.spi.StagedRows;

/**
 * Rows appended to a table inside an open transaction (DuckDB's appender), checked by set-based
 * rules when finished, and committed with the import's accounting in {@code import_log}.
 *
 * @param <T> the row type
 */
abstract class AppendingStaging<T> implements RowStaging<T> {
  final Connection c;
  final RowImportRequest request;
  final long importId;
  final Map<CountryCode, Integer> keys;
  private final Instant startedAt = Instant.now();
  private DuckDBAppender appender;
  private StagedRows staged;
  private boolean open = true;

  AppendingStaging(Connection c, RowImportRequest request, String table) {
    this.c = c;
    this.request = request;
    try {
      c.setAutoCommit(false);
      this.importId = nextImportId(c);
      this.keys = countryKeys(c);
      this.appender = c.unwrap(DuckDBConnection.class).createAppender("main", table);
    } catch (SQLException e) {
      rollbackQuietly();
      throw DuckDbErrors.onQuery("starting the import of " + request.fileName(), e);
    }
  }

  private static long nextImportId(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('import_id_seq')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<CountryCode, Integer> countryKeys(Connection c) throws SQLException {
    Map<CountryCode, Integer> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT code, key FROM country")) {
      while (rs.next()) {
        out.put(new CountryCode(rs.getString(1)), rs.getInt(2));
      }
    }
    return out;
  }

  int key(CountryCode code) {
    Integer k = keys.get(code);
    if (k == null) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_COUNTRY, "country " + code + " is not in the store's reference data");
    }
    return k;
  }

  /** Writes one row's columns in table order. */
  abstract void appendColumns(DuckDBAppender a, T row, long line) throws SQLException;

  /** The set-based rules, run once every row is appended. */
  abstract StagedRows applyRules() throws SQLException;

  @Override
  public void append(T row, long line) {
    try {
      appender.beginRow();
      appendColumns(appender, row, line);
      appender.endRow();
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("storing line " + line + " of " + request.fileName(), e);
    }
  }

  @Override
  public StagedRows finish(org.techsov.core.spi.ProgressListener progress) {
    try {
      progress.update("validate", 0, 1);
      appender.close();
      staged = applyRules();
      progress.update("validate", 1, 1);
      return staged;
    } catch (SQLException e) {
      rollbackQuietly();
      open = false;
      throw DuckDbErrors.onQuery("checking the rows of " + request.fileName(), e);
    } catch (RuntimeException e) {
      rollbackQuietly();
      open = false;
      throw e;
    }
  }

  @Override
  public ImportRecord commit(long rowsRead, long rowsRejected, String rejectFile, String note) {
    if (!open || staged == null) {
      throw new IllegalStateException("import not finished, or already committed or rolled back");
    }
    List<String> notes = new ArrayList<>();
    if (!staged.note().isEmpty()) {
      notes.add(staged.note());
    }
    if (!note.isEmpty()) {
      notes.add(note);
    }
    ImportRecord record =
        new ImportRecord(
            importId,
            request.source(),
            request.fileName(),
            request.checksum(),
            request.sizeBytes(),
            request.revision(),
            staged.years(),
            rowsRead,
            staged.stored(),
            rowsRejected,
            rejectFile,
            startedAt,
            Instant.now(),
            String.join("; ", notes));
    try {
      ImportLog.insert(c, record);
      c.commit();
      c.setAutoCommit(true);
      open = false;
      return record;
    } catch (SQLException e) {
      rollbackQuietly();
      open = false;
      throw DuckDbErrors.onQuery("committing the import of " + request.fileName(), e);
    }
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      try {
        appender.close();
      } catch (SQLException ignored) {
        // the rollback below discards whatever the appender held
      }
      rollbackQuietly();
    }
  }

  void rollbackQuietly() {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is broken; the transaction dies with it and the store stays as it was
    }
  }

  long count(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  List<Integer> years(String table) throws SQLException {
    List<Integer> ys = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT year FROM "
                    + table
                    + " WHERE import_id = "
                    + importId
                    + " ORDER BY 1")) {
      while (rs.next()) {
        ys.add(rs.getInt(1));
      }
    }
    return ys;
  }

  static String sql(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
