package org.techsov.cli.command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CatalogueOptions;
import org.techsov.cli.support.CatalogueSession;
import org.techsov.cli.support.Formats;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.ScorecardOutput;
import org.techsov.cli.support.TradeMeasures;
import org.techsov.core.forecast.ForecastOptions;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Scorecard;
import org.techsov.core.programme.ScorecardLine;
import org.techsov.core.programme.ScorecardOptions;
import org.techsov.core.reference.CountryCode;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov scorecard}: every target and claim against the evidence. */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    description =
        "Every official target and public claim of the catalogue as met, on track, off track or not measurable, with the reason, the evidence and its sources. Claims that cite a trade measure (e.g. China's share of Russia's microelectronics imports) get it computed from the trade flows in the store by the dependency analysis.")
public final class ScorecardCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;
  @Mixin CatalogueOptions catalogueOptions;

  @Option(
      names = "--country",
      paramLabel = "ISO3",
      description = "Only targets and claims about this country.")
  String country;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Evaluation date: later readings are ignored (default: today).")
  LocalDate asOf;

  @Option(
      names = "--resamples",
      defaultValue = "1000",
      paramLabel = "N",
      description =
          "Bootstrap resamples of the forecasts behind on/off track (default ${DEFAULT-VALUE}).")
  int resamples;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FMT",
      description = "table, csv or json (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    String fmt = Formats.check(format);
    String iso =
        country == null ? null : new CountryCode(country.toUpperCase(Locale.ROOT)).alpha3();
    LocalDate date = asOf != null ? asOf : LocalDate.now();
    PrintWriter out = spec.commandLine().getOut();
    try (CatalogueSession s =
        CatalogueSession.open(global, catalogueOptions, true, spec.commandLine().getErr())) {
      Catalogue catalogue = s.catalogue().load();
      TradeMeasures.Result measures;
      var flows = s.flows();
      if (flows.isPresent()) {
        DuckDbStore store = flows.get();
        measures = TradeMeasures.compute(catalogue, store, "store " + store.options().database());
      } else {
        measures =
            new TradeMeasures.Result(
                List.of(),
                List.of("not computed: no store file " + s.config().db() + " with trade flows"));
      }
      ScorecardOptions options =
          new ScorecardOptions(
              date, iso, measures.measures(), resamples, ForecastOptions.DEFAULT_SEED);
      List<ScorecardLine> lines = Scorecard.evaluate(catalogue, options);
      out.print(ScorecardOutput.render(fmt, lines, date, iso, measures.notes()));
      out.flush();
    }
    return 0;
  }
}
