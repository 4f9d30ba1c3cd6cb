package org.techsov.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Source;
import org.techsov.core.programme.Technology;
import org.techsov.core.spi.CatalogueStore;
import org.techsov.store.catalogue.CatalogueDialect;
import org.techsov.store.catalogue.JdbcCatalogueStore;

/**
 * The shared catalogue registry on PostgreSQL, for deployments where several users work on one
 * catalogue. Holds one connection; not thread-safe (open one per thread of work). Every save is one
 * transaction, serialised with other writers by an advisory lock.
 */
public final class PostgresRegistry implements CatalogueStore, AutoCloseable {
  private final RegistryAddress address;
  private final Connection connection;
  private final JdbcCatalogueStore catalogue;

  private PostgresRegistry(RegistryAddress address, Connection connection) {
    this.address = address;
    this.connection = connection;
    this.catalogue =
        new JdbcCatalogueStore(
            connection,
            CatalogueDialect.POSTGRES,
            "registry " + address.display(),
            e -> PostgresErrors.onQuery(address, e));
  }

  /**
   * Connects and brings the registry's schema up to date.
   *
   * @throws TechsovException {@code STORE_UNAVAILABLE} (exit 5) if the server cannot be reached or
   *     refuses the login within {@link RegistryAddress#CONNECT_TIMEOUT_SECONDS} seconds; {@code
   *     STORE_SCHEMA_TOO_NEW} if a newer techsov migrated it
   */
  public static PostgresRegistry open(RegistryAddress address) {
    Connection c;
    try {
      DriverManager.setLoginTimeout(RegistryAddress.CONNECT_TIMEOUT_SECONDS);
      c = DriverManager.getConnection(address.jdbcUrl(), address.properties());
    } catch (SQLException e) {
      throw PostgresErrors.onConnect(address, e);
    }
    try {
      PostgresMigrations.migrate(c, address.display());
      return new PostgresRegistry(address, c);
    } catch (SQLException e) {
      close(c);
      throw PostgresErrors.onQuery(address, e);
    } catch (RuntimeException e) {
      close(c);
      throw e;
    }
  }

  public static PostgresRegistry open(String address) {
    return open(RegistryAddress.parse(address));
  }

  public RegistryAddress address() {
    return address;
  }

  /** The schema version of the registry. */
  public int schemaVersion() {
    try {
      return PostgresMigrations.currentVersion(connection);
    } catch (SQLException e) {
      throw PostgresErrors.onQuery(address, e);
    }
  }

  /** The connection, owned by the registry (for tests and administration). */
  public Connection connection() {
    return connection;
  }

  @Override
  public Catalogue save(Catalogue c, SaveMode mode) {
    return catalogue.save(c, mode);
  }

  @Override
  public Catalogue load() {
    return catalogue.load();
  }

  @Override
  public boolean isEmpty() {
    return catalogue.isEmpty();
  }

  @Override
  public List<Programme> programmes() {
    return catalogue.programmes();
  }

  @Override
  public List<Technology> technologies() {
    return catalogue.technologies();
  }

  @Override
  public List<Claim> claims() {
    return catalogue.claims();
  }

  @Override
  public Programme programme(String id) {
    return catalogue.programme(id);
  }

  @Override
  public Programme addObservations(
      String programmeId, String seriesId, List<Figure> observations, List<Source> sources) {
    return catalogue.addObservations(programmeId, seriesId, observations, sources);
  }

  @Override
  public String describe() {
    return catalogue.describe();
  }

  @Override
  public void close() {
    close(connection);
  }

  private static void close(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing a broken connection: nothing more to do
    }
  }

  /** Turns the driver's failures into techsov errors. */
  static final class PostgresErrors {
    private PostgresErrors() {}

    static TechsovException onConnect(RegistryAddress a, SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      String why =
          state.startsWith("28")
              ? "the server refused the login (" + e.getMessage() + ")"
              : state.equals("3D000")
                  ? "the database does not exist (" + e.getMessage() + "); create it first"
                  : String.valueOf(e.getMessage()).replaceAll("\\.\\s*$", "");
      return new TechsovException(
          ErrorCode.STORE_UNAVAILABLE,
          "cannot reach the catalogue registry "
              + a.display()
              + ": "
              + why
              + "; check that PostgreSQL runs there, or drop --registry to use the embedded store",
          e);
    }

    static TechsovException onQuery(RegistryAddress a, SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      if (state.startsWith("08") || state.startsWith("57")) {
        return new TechsovException(
            ErrorCode.STORE_UNAVAILABLE,
            "lost the catalogue registry " + a.display() + ": " + e.getMessage(),
            e);
      }
      return new TechsovException(
          ErrorCode.INTERNAL_ERROR,
          "the catalogue registry " + a.display() + " failed: " + e.getMessage(),
          e);
    }
  }
}
