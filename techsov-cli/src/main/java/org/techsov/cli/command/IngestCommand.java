package org.techsov.cli.command;

import picocli.CommandLine.Command;

/** Groups the importers by source. */
@Command(
    name = "ingest",
    description = "Load trade data into the store (atomic, with rejected rows written out).",
    mixinStandardHelpOptions = true,
    subcommands = {
      IngestBaciCommand.class,
      IngestComextCommand.class,
      IngestComtradeCommand.class,
      IngestImtsCommand.class,
      IngestShipmentsCommand.class
    })
public final class IngestCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
