package org.techsov.cli.command;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techsov token revoke ID}. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = "Revoke a token; requests with it are refused from then on.")
public final class TokenRevokeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Parameters(paramLabel = "ID", description = "The token's id, as 'token list' shows it.")
  String id;

  @Override
  public Integer call() {
    try (DuckDbStore store = global.openStore()) {
      if (!store.tokens().revoke(id, Instant.now())) {
        throw new TechsovException(
            ErrorCode.UNKNOWN_TOKEN,
            "no valid token with id '" + id + "'; see 'techsov token list'");
      }
    }
    spec.commandLine().getOut().printf("token %s revoked%n", id);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
