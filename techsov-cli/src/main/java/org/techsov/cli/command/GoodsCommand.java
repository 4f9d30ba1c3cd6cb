package org.techsov.cli.command;

import picocli.CommandLine.Command;

/** Groups the goods-list commands. */
@Command(
    name = "goods",
    description = "Goods lists (dated): the packaged ones (chpl) and the ones users load.",
    mixinStandardHelpOptions = true,
    subcommands = {GoodsLoadCommand.class, GoodsListCommand.class})
public final class GoodsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
