package org.techsov.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code techsov token}: API tokens for the server. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Create, list and revoke the server's API tokens. A token is printed once, when created;",
      "the store keeps only a salted hash of it. Roles: viewer (read), analyst (also ingest and",
      "export jobs), admin (also manage tokens). Run these while the server is stopped: the",
      "server holds the store open (an admin can manage tokens through /api/tokens instead)."
    },
    subcommands = {
      TokenCreateCommand.class,
      TokenListCommand.class,
      TokenRevokeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TokenCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
