package org.techsov.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CatalogueOptions;
import org.techsov.cli.support.CatalogueSession;
import org.techsov.cli.support.ForecastOutput;
import org.techsov.cli.support.Formats;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.forecast.ForecastOptions;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.ProgrammeForecast;
import org.techsov.core.programme.ProgrammeForecaster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techsov forecast ID --target YEAR}: when, if ever, a programme reaches its targets. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description =
        "Forecast a programme series: Bass, logistic (Fisher-Pry for shares) and Gompertz fitted by least squares and compared by AICc; a residual-bootstrap fan (P10/P50/P90) of the chosen curve at each year end up to --target; for each official target the probability of reaching it by its date and when the median path crosses it. A series with too few observations is refused, saying how many a forecast needs (exit code 0).")
public final class ForecastCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;
  @Mixin CatalogueOptions catalogueOptions;

  @Parameters(paramLabel = "ID", description = "Programme id, e.g. mir-cards.")
  String id;

  @Option(
      names = "--series",
      paramLabel = "S",
      description = "Series id (default: the programme's headline series).")
  String series;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "YEAR",
      description = "Forecast to the end of this year.")
  int target;

  @Option(
      names = "--level",
      split = ",",
      paramLabel = "X",
      description =
          "Further levels to report the chance of reaching by the end of --target and the P50"
              + " crossing of, e.g. an incumbent's audience.")
  List<Double> levels = new ArrayList<>();

  @Option(
      names = "--resamples",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
  int resamples;

  @Option(
      names = "--seed",
      defaultValue = "1969",
      paramLabel = "N",
      description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FMT",
      description = "table, csv or json (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    String fmt = Formats.check(format);
    ForecastOptions options = new ForecastOptions(target, resamples, seed);
    PrintWriter out = spec.commandLine().getOut();
    try (CatalogueSession s =
        CatalogueSession.open(global, catalogueOptions, true, spec.commandLine().getErr())) {
      Programme p = s.catalogue().programme(id);
      ProgrammeForecast pf =
          ProgrammeForecaster.forecast(
              p, series, options, levels.stream().mapToDouble(Double::doubleValue).toArray());
      out.print(ForecastOutput.render(fmt, pf));
      out.flush();
    }
    return 0;
  }
}
