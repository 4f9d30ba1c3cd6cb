package org.techsov.store.catalogue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.CatalogueMerge;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Source;
import org.techsov.core.programme.Technology;
import org.techsov.core.spi.CatalogueStore;

/**
 * The catalogue store over a JDBC connection to either database. Every save runs in one
 * transaction: merge (in core), validate (the catalogue's constructor), delete the stored rows and
 * insert the new ones; any failure rolls the whole save back. The connection is owned by the
 * caller; it is left in auto-commit mode as it was found.
 */
public final class JdbcCatalogueStore implements CatalogueStore {
  private final Connection connection;
  private final CatalogueDialect dialect;
  private final String description;
  private final Function<SQLException, TechsovException> errors;

  /**
   * @param connection an open connection whose schema has the catalogue tables
   * @param dialect the database behind it
   * @param description where it is, for messages, e.g. {@code store techsov.duckdb}
   * @param errors turns a database failure into a techsov error
   */
  public JdbcCatalogueStore(
      Connection connection,
      CatalogueDialect dialect,
      String description,
      Function<SQLException, TechsovException> errors) {
    this.connection = connection;
    this.dialect = dialect;
    this.description = description;
    this.errors = errors;
  }

  @Override
  public Catalogue save(Catalogue catalogue, SaveMode mode) {
    return inTransaction(
        c -> {
          Catalogue result =
              mode == SaveMode.MERGE
                  ? CatalogueMerge.byId(CatalogueTables.readAll(c), catalogue)
                  : catalogue;
          CatalogueTables.deleteAll(c);
          CatalogueTables.insertAll(c, result);
          return result;
        });
  }

  @Override
  public Catalogue load() {
    return read(CatalogueTables::readAll);
  }

  @Override
  public boolean isEmpty() {
    return read(CatalogueTables::isEmpty);
  }

  @Override
  public List<Programme> programmes() {
    return read(c -> CatalogueTables.programmes(c, null));
  }

  @Override
  public List<Technology> technologies() {
    return read(CatalogueTables::technologies);
  }

  @Override
  public List<Claim> claims() {
    return read(CatalogueTables::claims);
  }

  @Override
  public Programme programme(String id) {
    return read(
        c -> {
          List<Programme> found = CatalogueTables.programmes(c, id);
          if (found.isEmpty()) {
            throw unknownProgramme(id, CatalogueTables.ids(c, "cat_programme"));
          }
          return found.get(0);
        });
  }

  @Override
  public Programme addObservations(
      String programmeId, String seriesId, List<Figure> observations, List<Source> sources) {
    return inTransaction(
        c -> {
          Catalogue stored = CatalogueTables.readAll(c);
          if (stored.programmes().stream().noneMatch(p -> p.id().equals(programmeId))) {
            throw unknownProgramme(programmeId, CatalogueTables.ids(c, "cat_programme"));
          }
          // validates the result: every new figure cites a declared source, dates, units, shares
          Catalogue updated =
              CatalogueMerge.withObservations(stored, programmeId, seriesId, observations, sources);
          List<Source> added =
              updated.sources().subList(stored.sources().size(), updated.sources().size());
          CatalogueTables.insertSources(c, added, CatalogueTables.sourceCount(c) + 1);
          int next = CatalogueTables.observationCount(c, programmeId, seriesId) + 1;
          CatalogueTables.insertObservations(
              c,
              List.of(
                  new CatalogueTables.ObservationRows(programmeId, seriesId, next, observations)));
          return updated.programme(programmeId);
        });
  }

  @Override
  public String describe() {
    return description;
  }

  private TechsovException unknownProgramme(String id, List<String> known) {
    return new TechsovException(
        ErrorCode.NO_DATA,
        "no programme '"
            + id
            + "' in the catalogue of "
            + description
            + "; known: "
            + (known.isEmpty() ? "none" : String.join(", ", known)));
  }

  @FunctionalInterface
  private interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T read(Work<T> work) {
    try {
      return work.apply(connection);
    } catch (SQLException e) {
      throw errors.apply(e);
    }
  }

  private <T> T inTransaction(Work<T> work) {
    boolean auto;
    try {
      auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw errors.apply(e);
    }
    try {
      if (dialect.lockStatement() != null) {
        try (Statement s = connection.createStatement()) {
          s.execute(dialect.lockStatement());
        }
      }
      T result = work.apply(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(e);
      throw errors.apply(e);
    } catch (RuntimeException e) {
      rollback(e);
      throw e;
    } finally {
      try {
        connection.setAutoCommit(auto);
      } catch (SQLException ignored) {
        // the connection is broken; the next use reports it
      }
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
