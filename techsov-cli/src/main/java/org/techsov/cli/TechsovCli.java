package org.techsov.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.techsov.cli.command.CatalogueCommand;
import org.techsov.cli.command.CircumventionCommand;
import org.techsov.cli.command.ComplexityCommand;
import org.techsov.cli.command.DemoCommand;
import org.techsov.cli.command.DependencyCommand;
import org.techsov.cli.command.EmbargoCommand;
import org.techsov.cli.command.FeasibilityCommand;
import org.techsov.cli.command.ForecastCommand;
import org.techsov.cli.command.GenerateCommand;
import org.techsov.cli.command.GoodsCommand;
import org.techsov.cli.command.IngestCommand;
import org.techsov.cli.command.LocalisationCommand;
import org.techsov.cli.command.MirrorCommand;
import org.techsov.cli.command.ProgrammeCommand;
import org.techsov.cli.command.ProvenanceCommand;
import org.techsov.cli.command.ReportCommand;
import org.techsov.cli.command.ScorecardCommand;
import org.techsov.cli.command.ServeCommand;
import org.techsov.cli.command.StatusCommand;
import org.techsov.cli.command.TokenCommand;
import org.techsov.cli.support.ErrorHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command and the one place where failures become exit codes. */
@Command(
    name = "techsov",
    mixinStandardHelpOptions = true,
    versionProvider = TechsovCli.Version.class,
    description = {
      "Technological-sovereignty observatory: how dependent a country is on foreign technology,",
      "and on whom."
    },
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      DependencyCommand.class,
      ComplexityCommand.class,
      FeasibilityCommand.class,
      LocalisationCommand.class,
      EmbargoCommand.class,
      CircumventionCommand.class,
      MirrorCommand.class,
      ProvenanceCommand.class,
      GoodsCommand.class,
      GenerateCommand.class,
      StatusCommand.class,
      CatalogueCommand.class,
      ProgrammeCommand.class,
      ForecastCommand.class,
      ScorecardCommand.class,
      ServeCommand.class,
      ReportCommand.class,
      TokenCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TechsovCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs techsov with the process's streams and environment. */
  public static int run(String... args) {
    return run(
        new PrintWriter(System.out, true),
        new PrintWriter(System.err, true),
        System.getenv(),
        args);
  }

  /** Runs techsov writing to the given streams, as tests do. */
  public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
    CommandLine cl = commandLine(out, err, env);
    return cl.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine cl = new CommandLine(new TechsovCli());
    cl.setOut(out);
    cl.setErr(err);
    ErrorHandler handler = new ErrorHandler();
    cl.setExecutionExceptionHandler(handler);
    cl.setParameterExceptionHandler(handler);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(true);
    Environment.set(env);
    return cl;
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = TechsovCli.class.getPackage().getImplementationVersion();
      return new String[] {"techsov " + (v == null ? "development build" : v)};
    }
  }
}
