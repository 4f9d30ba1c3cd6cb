package org.techsov.store.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.BulkImportRequest;
import org.techsov.core.spi.CatalogueStore;
import org.techsov.core.spi.FlowStore;
import org.techsov.core.spi.ImportRecord;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.spi.ReportedFlowStore;
import org.techsov.core.spi.RowImportRequest;
import org.techsov.core.spi.RowStaging;
import org.techsov.core.spi.StagedImport;
import org.techsov.core.spi.TokenStore;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.core.trade.Shipment;
import org.techsov.store.catalogue.CatalogueDialect;
import org.techsov.store.catalogue.JdbcCatalogueStore;

/**
 * The embedded default store: one DuckDB file holding reference tables, trade flows and the
 * accounting of every import. Not thread-safe: one store per thread of work.
 */
public final class DuckDbStore implements FlowStore, ReportedFlowStore, AutoCloseable {
  private final StoreOptions options;
  private final Connection connection;

  private DuckDbStore(StoreOptions options, Connection connection) {
    this.options = options;
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the store and brings its schema up to date.
   *
   * @throws TechsovException if the file is locked by another process, is not a DuckDB file, or was
   *     written by a newer techsov
   */
  public static DuckDbStore open(StoreOptions options) {
    Path db = options.database();
    if (options.readOnly() && !Files.exists(db)) {
      throw new TechsovException(
          ErrorCode.FILE_NOT_FOUND, "store " + db + " does not exist; run an ingest or the demo");
    }
    Connection c = connect(options);
    try {
      configure(c, options);
      if (options.readOnly()) {
        requireCurrentSchema(c, db);
      } else {
        Migrations.migrate(c, db.toString());
      }
      return new DuckDbStore(options, c);
    } catch (SQLException e) {
      closeQuietly(c);
      throw DuckDbErrors.onQuery("preparing store " + db, e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static Connection connect(StoreOptions options) {
    Path db = options.database();
    try {
      Path parent = db.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Properties p = new Properties();
      if (options.readOnly()) {
        p.setProperty("duckdb.read_only", "true");
      }
      return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
    } catch (SQLException e) {
      throw DuckDbErrors.onOpen(db, e);
    } catch (java.io.IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot create the folder of store " + db + ": " + e, e);
    }
  }

  private static void configure(Connection c, StoreOptions o) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET memory_limit = '" + o.memoryLimit() + "'");
      s.execute("SET threads = " + o.threads());
      s.execute("SET temp_directory = '" + sqlString(o.tempDirectory().toAbsolutePath()) + "'");
      s.execute("SET preserve_insertion_order = true");
    }
  }

  private static void requireCurrentSchema(Connection c, Path db) throws SQLException {
    int v;
    try (Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
      rs.next();
      v = rs.getInt(1) == 0 ? 0 : versionOf(c);
    }
    if (v != Migrations.latest()) {
      String why =
          v > Migrations.latest()
              ? "is newer than this techsov knows (" + Migrations.latest() + "); upgrade techsov"
              : "needs an upgrade; open it once without read-only";
      throw new TechsovException(
          v > Migrations.latest() ? ErrorCode.STORE_SCHEMA_TOO_NEW : ErrorCode.STORE_CORRUPT,
          "store " + db + " has schema version " + v + " which " + why);
    }
  }

  private static int versionOf(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  static String sqlString(Object value) {
    return value.toString().replace("'", "''");
  }

  /** Loads the reference data into the store if its version differs from the stored one. */
  public void syncReference(ReferenceData reference) {
    try {
      ReferenceTables.sync(connection, reference);
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("loading reference data", e);
    }
  }

  /** The schema version the store is at. */
  public int schemaVersion() {
    try {
      return versionOf(connection);
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("reading the schema version", e);
    }
  }

  /**
   * The catalogue held in this store's file (tables {@code cat_*}), sharing the store's connection:
   * valid while the store is open.
   */
  public CatalogueStore catalogue() {
    return new JdbcCatalogueStore(
        connection,
        CatalogueDialect.DUCKDB,
        "store " + options.database(),
        e -> DuckDbErrors.onQuery("the catalogue in store " + options.database(), e));
  }

  /** The JDBC connection, for the engine's set-based analyses. Owned by the store. */
  public Connection connection() {
    return connection;
  }

  /**
   * A new connection to the same database, for one thread of work beside this store's own (DuckDB
   * connections are not shared between threads). The caller closes it.
   */
  public Connection newConnection() {
    try {
      return connection.unwrap(DuckDBConnection.class).duplicate();
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("opening another connection to the store", e);
    }
  }

  /** The API tokens kept in this store. */
  public TokenStore tokens() {
    return new DuckDbTokens(connection);
  }

  public StoreOptions options() {
    return options;
  }

  @Override
  public Optional<ImportRecord> findImport(String checksum) {
    return ImportLog.find(connection, checksum);
  }

  @Override
  public List<ImportRecord> imports() {
    return ImportLog.all(connection);
  }

  @Override
  public StagedImport stage(BulkImportRequest request, ProgressListener progress) {
    return DuckDbStagedImport.stage(connection, request, progress);
  }

  @Override
  public RowStaging<ReportedFlow> stageReportedFlows(RowImportRequest request) {
    return new ReportedFlowStaging(connection, request);
  }

  @Override
  public RowStaging<Shipment> stageShipments(RowImportRequest request) {
    return new ShipmentStaging(connection, request);
  }

  @Override
  public void saveGoodsList(GoodsList list) {
    try {
      UserGoodsLists.save(connection, list);
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("saving goods list " + list.id(), e);
    }
  }

  @Override
  public List<GoodsList> userGoodsLists() {
    try {
      return UserGoodsLists.all(connection);
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("reading the goods lists", e);
    }
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing a broken connection: nothing more to do
    }
  }
}
