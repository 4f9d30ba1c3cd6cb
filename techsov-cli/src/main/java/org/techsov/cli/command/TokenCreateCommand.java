package org.techsov.cli.command;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.access.IssuedToken;
import org.techsov.core.access.Role;
import org.techsov.core.access.TokenSecrets;
import org.techsov.core.error.TechsovException;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov token create --role analyst [--name N]}. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = "Create a token and print it once.")
public final class TokenCreateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "viewer, analyst or admin.")
  String role;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "token",
      description = "What the token is for (default ${DEFAULT-VALUE}).")
  String name;

  @Override
  public Integer call() {
    Role r = Role.parse(role);
    if (!name.matches("[\\p{L}\\p{N} ._@-]{1,80}")) {
      throw TechsovException.invalidArgument(
          "--name must be 1-80 letters, digits, spaces or . _ @ -");
    }
    IssuedToken t = new TokenSecrets(new SecureRandom()).issue(name, r, Instant.now());
    try (DuckDbStore store = global.openStore()) {
      store.tokens().add(t.token());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "token %s (%s, role %s) created; it is shown only now:%n", t.token().id(), name, r.label());
    out.println(t.text());
    out.println("Send it as 'Authorization: Bearer <token>'.");
    out.flush();
    return 0;
  }
}
