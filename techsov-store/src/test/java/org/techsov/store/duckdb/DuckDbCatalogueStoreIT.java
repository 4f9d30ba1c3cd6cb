package org.techsov.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.CatalogueStore;
import org.techsov.core.spi.CatalogueStore.SaveMode;
import org.techsov.store.catalogue.CatalogueDialect;
import org.techsov.store.catalogue.CatalogueStoreContract;
import org.techsov.store.catalogue.FailingConnection;
import org.techsov.store.catalogue.JdbcCatalogueStore;

/** The catalogue contract on the embedded DuckDB store. */
class DuckDbCatalogueStoreIT extends CatalogueStoreContract {
  @TempDir Path dir;
  private DuckDbStore store;

  @Override
  protected CatalogueStore store() {
    store = DuckDbStore.open(StoreOptions.defaults(dir.resolve("catalogue.duckdb")));
    return store.catalogue();
  }

  @Override
  protected CatalogueStore storeFailingOn(String sqlPrefix) {
    return new JdbcCatalogueStore(
        FailingConnection.failingOn(store.connection(), sqlPrefix),
        CatalogueDialect.DUCKDB,
        "failing store",
        e -> new TechsovException(ErrorCode.INTERNAL_ERROR, e.getMessage(), e));
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void theCatalogueSurvivesClosingAndReopeningTheFile() {
    store().save(ALL, SaveMode.REPLACE);
    store.close();
    try (DuckDbStore again =
        DuckDbStore.open(
            StoreOptions.defaults(dir.resolve("catalogue.duckdb")).withReadOnly(true))) {
      assertThat(again.catalogue().load()).isEqualTo(ALL);
      assertThat(again.schemaVersion()).isEqualTo(Migrations.latest());
    }
  }
}
