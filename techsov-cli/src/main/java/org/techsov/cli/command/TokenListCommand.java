package org.techsov.cli.command;

import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.TextTable;
import org.techsov.core.access.ApiToken;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code techsov token list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List tokens (never their secrets).")
public final class TokenListCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Override
  public Integer call() {
    TextTable t = new TextTable("id", "name", "role", "created", "revoked");
    try (DuckDbStore store = global.openStore()) {
      for (ApiToken k : store.tokens().tokens()) {
        t.row(
            k.id(),
            k.name(),
            k.role().label(),
            k.createdAt(),
            k.revokedAt().map(Object::toString).orElse(""));
      }
    }
    t.print(spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
