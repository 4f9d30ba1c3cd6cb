package org.techsov.cli.support;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.spi.CatalogueStore;
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.postgres.PostgresRegistry;

/**
 * The catalogue a command works on: in the store file (default) or in a PostgreSQL registry.
 * Opening it loads the built-in catalogue when the catalogue tables are empty, so a new store or
 * registry starts with the seeds' programmes, technologies and claims.
 */
public final class CatalogueSession implements AutoCloseable {
  private final TechsovConfig config;
  private final GlobalOptions global;
  private final DuckDbStore store;
  private final PostgresRegistry registry;
  private final CatalogueStore catalogue;
  private DuckDbStore flows;

  private CatalogueSession(
      TechsovConfig config, GlobalOptions global, DuckDbStore store, PostgresRegistry registry) {
    this.config = config;
    this.global = global;
    this.store = store;
    this.registry = registry;
    this.catalogue = store != null ? store.catalogue() : registry;
  }

  /**
   * Opens the catalogue named by the configuration.
   *
   * @param seed load the built-in catalogue if nothing is stored yet
   * @param err where to say so
   */
  public static CatalogueSession open(
      GlobalOptions global, CatalogueOptions options, boolean seed, PrintWriter err) {
    TechsovConfig config = options.apply(global.config());
    CatalogueSession s;
    if (config.usesRegistry()) {
      s = new CatalogueSession(config, global, null, PostgresRegistry.open(config.registry()));
    } else {
      s = new CatalogueSession(config, global, global.openStore(config.db(), false), null);
    }
    try {
      if (seed && s.catalogue.isEmpty()) {
        Catalogue builtIn =
            s.catalogue.save(BuiltInCatalogue.all(), CatalogueStore.SaveMode.REPLACE);
        err.println(
            "techsov: the catalogue of "
                + s.catalogue.describe()
                + " was empty; loaded the built-in catalogue ("
                + Counts.of(builtIn)
                + ")");
        err.flush();
      }
      return s;
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
  }

  public CatalogueStore catalogue() {
    return catalogue;
  }

  public TechsovConfig config() {
    return config;
  }

  /**
   * The store holding trade flows, for measures computed from them: the same store file, or with a
   * registry the store file named by {@code --db} if it exists (opened read-only).
   */
  public Optional<DuckDbStore> flows() {
    if (store != null) {
      return Optional.of(store);
    }
    if (flows == null && Files.isRegularFile(config.db())) {
      flows = global.openStore(config.db(), true);
    }
    return Optional.ofNullable(flows);
  }

  @Override
  public void close() {
    if (flows != null) {
      flows.close();
    }
    if (store != null) {
      store.close();
    }
    if (registry != null) {
      registry.close();
    }
  }

  /** "12 sources, 3 programmes, ..." for messages. */
  public record Counts(Catalogue c) {
    public static Counts of(Catalogue c) {
      return new Counts(c);
    }

    @Override
    public String toString() {
      return c.sources().size()
          + " sources, "
          + c.facts().size()
          + " facts, "
          + c.technologies().size()
          + " technologies, "
          + c.programmes().size()
          + " programmes, "
          + c.claims().size()
          + " claims, "
          + c.replacements().size()
          + " vendor replacements";
    }
  }
}
