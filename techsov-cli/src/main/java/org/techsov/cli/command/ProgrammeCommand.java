package org.techsov.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CatalogueOptions;
import org.techsov.cli.support.CatalogueOutput;
import org.techsov.cli.support.CatalogueSession;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.programme.Programme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techsov programme show ID}. */
@Command(
    name = "programme",
    mixinStandardHelpOptions = true,
    description = "Substitution programmes of the catalogue.",
    subcommands = {ProgrammeCommand.Show.class})
public final class ProgrammeCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "Show a programme: what it replaces with what, each series with every observation and target quoted from its source, and the sources cited.")
  public static final class Show implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin GlobalOptions global;
    @Mixin CatalogueOptions catalogueOptions;

    @Parameters(paramLabel = "ID", description = "Programme id, e.g. mir-cards.")
    String id;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (CatalogueSession s =
          CatalogueSession.open(global, catalogueOptions, true, spec.commandLine().getErr())) {
        Programme p = s.catalogue().programme(id);
        CatalogueOutput.programme(out, p, s.catalogue().load().sources());
      }
      return 0;
    }
  }
}
