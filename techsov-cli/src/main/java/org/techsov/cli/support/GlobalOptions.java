package org.techsov.cli.support;

import java.nio.file.Path;
import org.techsov.cli.Environment;
import org.techsov.core.reference.ReferenceData;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import picocli.CommandLine.Option;

/** Options every command that touches the store accepts. */
public final class GlobalOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "Store file (default: techsov.duckdb, or db in techsov.yaml, or TECHSOV_DB).")
  Path db;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: ./techsov.yaml if present).")
  Path config;

  @Option(
      names = "--memory-limit",
      paramLabel = "SIZE",
      description = "Store memory limit, e.g. 4GB (default 4GB).")
  String memoryLimit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all processors).")
  Integer threads;

  @Option(names = "--no-progress", description = "Do not show progress bars.")
  boolean noProgress;

  /** The layered configuration with this command's flags applied last. */
  public TechsovConfig config() {
    TechsovConfig c = TechsovConfig.load(config, Environment.get());
    if (db != null) {
      c = c.with("db", db.toString(), "--db");
    }
    if (memoryLimit != null) {
      c = c.with("memoryLimit", memoryLimit, "--memory-limit");
    }
    if (threads != null) {
      c = c.with("threads", threads.toString(), "--threads");
    }
    if (noProgress) {
      c = c.with("progress", "false", "--no-progress");
    }
    return c;
  }

  /** Opens the store read-write and brings its reference tables up to date. */
  public DuckDbStore openStore() {
    return openStore(config().db(), false);
  }

  /** Opens the store for reading only (several readers may share it). */
  public DuckDbStore openStoreReadOnly() {
    return openStore(config().db(), true);
  }

  public DuckDbStore openStore(Path file, boolean readOnly) {
    TechsovConfig c = config();
    StoreOptions o = StoreOptions.defaults(file);
    o = new StoreOptions(file, c.memoryLimit(), c.threads(), o.tempDirectory(), readOnly);
    DuckDbStore store = DuckDbStore.open(o);
    if (!readOnly) {
      store.syncReference(reference());
    }
    return store;
  }

  public ReferenceData reference() {
    return ReferenceDataLoader.builtIn();
  }
}
