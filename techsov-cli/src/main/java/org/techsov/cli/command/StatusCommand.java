package org.techsov.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.TextTable;
import org.techsov.core.spi.ImportRecord;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code techsov status}: the store and the accounting of every import. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show the store, its schema version and every import with its accounting.")
public final class StatusCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (DuckDbStore store = global.openStoreReadOnly()) {
      out.printf(
          "store %s, schema version %d%n", store.options().database(), store.schemaVersion());
      TextTable t =
          new TextTable(
              "id", "file", "revision", "years", "read", "stored", "rejected", "finished");
      for (ImportRecord r : store.imports()) {
        t.row(
            r.id(),
            r.fileName(),
            r.revision(),
            r.years(),
            r.rowsRead(),
            r.rowsStored(),
            r.rowsRejected(),
            r.finishedAt());
      }
      t.print(out);
    }
    return 0;
  }
}
