package org.techsov.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.CatalogueStore;
import org.techsov.core.spi.CatalogueStore.SaveMode;
import org.techsov.store.catalogue.CatalogueDialect;
import org.techsov.store.catalogue.CatalogueStoreContract;
import org.techsov.store.catalogue.FailingConnection;
import org.techsov.store.catalogue.JdbcCatalogueStore;

/** The catalogue contract on a real PostgreSQL server, and what only the registry does. */
class PostgresRegistryIT extends CatalogueStoreContract {
  private PostgresRegistry registry;

  @BeforeEach
  void emptyDatabase() {
    TestPostgres.reset();
  }

  @AfterEach
  void close() {
    if (registry != null) {
      registry.close();
    }
  }

  @Override
  protected CatalogueStore store() {
    registry = PostgresRegistry.open(TestPostgres.url());
    return registry;
  }

  @Override
  protected CatalogueStore storeFailingOn(String sqlPrefix) {
    return new JdbcCatalogueStore(
        FailingConnection.failingOn(registry.connection(), sqlPrefix),
        CatalogueDialect.POSTGRES,
        "failing registry",
        e -> new TechsovException(ErrorCode.INTERNAL_ERROR, e.getMessage(), e));
  }

  @Test
  void migrationsAreRecordedInTheRegistrysOwnVersionTableAndAppliedOnce() throws Exception {
    store();
    assertThat(registry.schemaVersion()).isEqualTo(PostgresMigrations.latest());
    registry.close();
    registry = PostgresRegistry.open(TestPostgres.url());
    try (Statement s = registry.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), min(description) FROM schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(PostgresMigrations.latest());
      assertThat(rs.getString(2)).isEqualTo("V1__catalogue.sql");
    }
  }

  @Test
  void aRegistryMigratedByANewerTechsovIsRefused() throws Exception {
    store();
    try (Statement s = registry.connection().createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (99, 'from the future', now())");
    }
    registry.close();
    assertThatThrownBy(() -> PostgresRegistry.open(TestPostgres.url()))
        .hasMessageContaining("schema version 99")
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.STORE_SCHEMA_TOO_NEW);
    registry = null;
  }

  @Test
  void foreignKeysHoldEveryFigureToAStoredSource() throws Exception {
    store().save(ALL, SaveMode.REPLACE);
    try (Statement s = registry.connection().createStatement()) {
      assertThatThrownBy(() -> s.execute("DELETE FROM cat_source"))
          .hasMessageContaining("foreign key");
    }
  }

  @Test
  void anUnreachableRegistryIsUnavailableAndItsPasswordIsNotShown() {
    assertThatThrownBy(() -> PostgresRegistry.open("postgres://techsov:s3cret@127.0.0.1:1/techsov"))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining(
            "cannot reach the catalogue registry postgres://techsov:***@127.0.0.1:1/techsov")
        .hasMessageNotContaining("s3cret")
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.STORE_UNAVAILABLE);
  }

  @Test
  void aDatabaseThatDoesNotExistIsNamedAsSuch() {
    String url = TestPostgres.url().replace("/techsov_test", "/no_such_db");
    assertThatThrownBy(() -> PostgresRegistry.open(url))
        .hasMessageContaining("the database does not exist")
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.STORE_UNAVAILABLE);
  }
}
