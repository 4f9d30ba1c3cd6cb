package org.techsov.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code techsov localisation}: how domestic a product is, from its bill of materials. */
@Command(
    name = "localisation",
    mixinStandardHelpOptions = true,
    description = {
      "How domestic a product is, from its bill of materials, under a rule set.",
      "Rule sets: Decree 719 points, regional value content (USMCA, EAEU),",
      "Buy American, India's local content; each score comes with its reasons."
    },
    subcommands = {
      LocalisationScoreCommand.class,
      LocalisationRulesCommand.class,
      LocalisationExamplesCommand.class
    })
public final class LocalisationCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
