package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.BulkImportRequest;
import org.techsov.core.spi.ImportRecord;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.spi.RowReject;
import org.techsov.core.spi.StagedImport;
import org.techsov.core.spi.StructuralReject;

/**
 * A BACI-layout file loaded into {@code flow} inside an open transaction, with its rejected rows
 * already removed. The connection stays in the transaction until {@link #commit} or {@link #close}.
 */
final class DuckDbStagedImport implements StagedImport {
  private final Connection c;
  private final BulkImportRequest request;
  private final long importId;
  private final Instant startedAt;
  private final long parsedRows;
  private final List<StructuralReject> structural;
  private final List<RowReject> rowRejects;
  private final List<Integer> years;
  private final String note;
  private boolean open = true;

  private DuckDbStagedImport(Loaded l) {
    this.c = l.c;
    this.request = l.request;
    this.importId = l.importId;
    this.startedAt = l.startedAt;
    this.parsedRows = l.parsedRows;
    this.structural = List.copyOf(l.structural);
    this.rowRejects = List.copyOf(l.rowRejects);
    this.years = List.copyOf(l.years);
    this.note = l.note;
  }

  /** Mutable working state while a file is being staged. */
  private static final class Loaded {
    Connection c;
    BulkImportRequest request;
    long importId;
    Instant startedAt = Instant.now();
    long parsedRows;
    List<StructuralReject> structural = new ArrayList<>();
    List<RowReject> rowRejects = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    String note = "";
  }

  static StagedImport stage(Connection c, BulkImportRequest request, ProgressListener progress) {
    Loaded l = new Loaded();
    l.c = c;
    l.request = request;
    try {
      c.setAutoCommit(false);
      l.importId = nextImportId(c);
      dropRejectTables(c);
      load(l, progress);
      progress.update("validate", 0, 3);
      l.structural = StructuralRejects.read(c);
      long base = baseRowId(l);
      boolean dictionary = productTable(c, request);
      l.rowRejects =
          RowRules.findAndRemove(c, l.importId, base, dictionary, !request.keysKnownUnique());
      progress.update("validate", 3, 3);
      l.years = years(c, l.importId);
      l.note = Overlaps.resolve(c, request, l.importId, l.years);
      return new DuckDbStagedImport(l);
    } catch (SQLException e) {
      rollbackQuietly(c);
      throw loadFailure(request, e);
    } catch (RuntimeException e) {
      rollbackQuietly(c);
      throw e;
    }
  }

  private static void load(Loaded l, ProgressListener progress) throws SQLException {
    String sql = BaciLoadSql.insert(l.importId, l.request.location(), l.request.countryCodes());
    try (PreparedStatement ps = l.c.prepareStatement(sql);
        QueryProgressPoller poller = new QueryProgressPoller(ps, "load", progress)) {
      poller.start();
      ps.executeUpdate();
    }
    try (Statement s = l.c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT count(*) FROM flow WHERE import_id = " + l.importId)) {
      rs.next();
      l.parsedRows = rs.getLong(1);
    }
    progress.update("load", 1000, 1000);
  }

  private static long nextImportId(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('import_id_seq')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long baseRowId(Loaded l) throws SQLException {
    try (Statement s = l.c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT coalesce(min(rowid), 0) FROM flow WHERE import_id = " + l.importId)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Fills a temporary table with the dictionary's products and stores their names for the revision;
   * false when no dictionary was given.
   */
  private static boolean productTable(Connection c, BulkImportRequest request) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE techsov_known_product (product INTEGER)");
    }
    if (request.productNames().isEmpty()) {
      return false;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_product_name (product INTEGER, description VARCHAR)");
    }
    // the Appender, not JDBC batches: a dictionary has thousands of rows
    try (DuckDBAppender a =
        c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "techsov_product_name")) {
      for (var e : request.productNames().entrySet()) {
        a.beginRow();
        a.append(e.getKey().intValue());
        a.append(e.getValue());
        a.endRow();
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO techsov_known_product SELECT product FROM techsov_product_name");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT OR REPLACE INTO product_name SELECT ?, product, description"
                + " FROM techsov_product_name")) {
      ps.setString(1, request.revision().name());
      ps.execute();
    }
    return true;
  }

  private static List<Integer> years(Connection c, long importId) throws SQLException {
    List<Integer> ys = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT year FROM flow WHERE import_id = "
                    + importId
                    + " ORDER BY year")) {
      while (rs.next()) {
        ys.add(rs.getInt(1));
      }
    }
    return ys;
  }

  private static void dropRejectTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + BaciLoadSql.REJECT_ERRORS);
      s.execute("DROP TABLE IF EXISTS " + BaciLoadSql.REJECT_SCANS);
    }
  }

  private static TechsovException loadFailure(BulkImportRequest r, SQLException e) {
    String m = String.valueOf(e.getMessage());
    String lower = m.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("gzip") || lower.contains("zlib") || lower.contains("compress")) {
      return new TechsovException(
          ErrorCode.MALFORMED_FILE,
          r.fileName() + ": the compressed (gzip) stream is truncated or corrupt: " + m,
          e);
    }
    if (lower.contains("interrupt")) {
      return new TechsovException(
          ErrorCode.INTERRUPTED, "import of " + r.fileName() + " interrupted", e);
    }
    return new TechsovException(
        ErrorCode.MALFORMED_FILE, r.fileName() + ": cannot be read as a BACI file: " + m, e);
  }

  @Override
  public long rowsRead() {
    return parsedRows + structural.size();
  }

  @Override
  public long rowsStored() {
    return parsedRows - rowRejects.size();
  }

  @Override
  public List<Integer> years() {
    return years;
  }

  @Override
  public List<StructuralReject> structuralRejects() {
    return structural;
  }

  @Override
  public List<RowReject> rowRejects() {
    return rowRejects;
  }

  @Override
  public ImportRecord commit(String rejectFile) {
    if (!open) {
      throw new IllegalStateException("import already committed or rolled back");
    }
    ImportRecord record =
        new ImportRecord(
            importId,
            request.source(),
            request.fileName(),
            request.checksum(),
            request.sizeBytes(),
            request.revision().name(),
            years,
            rowsRead(),
            rowsStored(),
            structural.size() + rowRejects.size(),
            rejectFile,
            startedAt,
            Instant.now(),
            note);
    try {
      ImportLog.insert(c, record);
      dropRejectTables(c);
      c.commit();
      c.setAutoCommit(true);
      open = false;
      return record;
    } catch (SQLException e) {
      rollbackQuietly(c);
      open = false;
      throw DuckDbErrors.onQuery("committing the import of " + request.fileName(), e);
    }
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      rollbackQuietly(c);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is broken; the transaction dies with it and the store stays as it was
    }
  }
}
