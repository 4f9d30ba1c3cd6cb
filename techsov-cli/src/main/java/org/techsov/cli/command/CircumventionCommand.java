package org.techsov.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CircumventionOutput;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.OutputSink;
import org.techsov.cli.support.TextOutputOptions;
import org.techsov.core.circumvention.Baseline;
import org.techsov.core.circumvention.CircumventionQuery;
import org.techsov.core.circumvention.CircumventionResult;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.Route;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.core.circumvention.RouteOptions;
import org.techsov.core.circumvention.RouteSeries;
import org.techsov.core.circumvention.Sankey;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.engine.circumvention.CircumventionEngine;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code techsov circumvention}: routes by which listed goods reach a target via third countries.
 */
@Command(
    name = "circumvention",
    mixinStandardHelpOptions = true,
    description = {
      "Parallel imports: for a target, a sanctioning bloc and the sanction month, every hub and",
      "product group whose imports from the bloc surged after the sanction (surge ratio against",
      "the baseline, same months compared), with a difference-in-differences of listed against",
      "unlisted goods of the same chapters (permutation p-value, bootstrap interval, false",
      "discovery rate over all routes), the hub's exports to the target and their co-movement,",
      "the collapse of the bloc's direct exports, and unit values. Reads monthly reported flows",
      "(techsov ingest comext|comtrade)."
    })
public final class CircumventionCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "ISO3",
      description = "The sanctioned country, e.g. RUS.")
  String target;

  @Option(
      names = "--bloc",
      required = true,
      paramLabel = "BLOC",
      description = "The sanctioning bloc, e.g. EU27 or COALITION.")
  String bloc;

  @Option(
      names = "--since",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The sanction month; the months after it are compared.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM",
      description = "The last month compared (default: the last with data).")
  String until;

  @Option(
      names = "--goods",
      split = ",",
      paramLabel = "GOODS",
      description =
          "Listed goods: chpl (default), a loaded list (eu-restricted, or id@YYYY-MM-DD), or HS codes.")
  List<String> goods = new ArrayList<>(List.of("chpl"));

  @Option(
      names = "--not-controls",
      split = ",",
      paramLabel = "LIST",
      description = "Goods lists never used as control goods (technology areas never are).")
  List<String> notControls = new ArrayList<>();

  @Option(
      names = "--baseline",
      paramLabel = "BASE",
      defaultValue = Baseline.DEFAULT,
      description =
          "previous-year (default: same months of the year before), 2021, 2017-2019, sep2021-feb2022, 2021-09:2022-02 or pre-war-median.")
  String baseline;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "hs4",
      description =
          "Group listed goods by hs6, hs4 (default), hs2, tier (of the list) or list (one route per"
              + " hub).")
  String level;

  @Option(
      names = "--hubs",
      split = ",",
      paramLabel = "HUBS",
      description =
          "Candidate hubs (ISO3 codes or a bloc such as HUBS); default: every partner outside the bloc.")
  List<String> hubs = new ArrayList<>();

  @Option(
      names = "--bloc-date",
      paramLabel = "DATE",
      description = "Date of bloc membership (default: the day after the sanction month).")
  LocalDate blocDate;

  @Option(
      names = "--min-ratio",
      paramLabel = "R",
      defaultValue = "2",
      description = "Surge ratio from which a route is flagged (default ${DEFAULT-VALUE}).")
  double minRatio;

  @Option(
      names = "--min-increase",
      paramLabel = "USD",
      defaultValue = "25000",
      description = "Increase per month from which a route is flagged (default ${DEFAULT-VALUE}).")
  double minIncrease;

  @Option(
      names = "--alpha",
      paramLabel = "Q",
      defaultValue = "0.05",
      description = "False discovery rate for significance (default ${DEFAULT-VALUE}).")
  double alpha;

  @Option(
      names = "--permutations",
      paramLabel = "N",
      defaultValue = "9999",
      description = "Permutations of the test (default ${DEFAULT-VALUE}).")
  int permutations;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "199",
      description = "Bootstrap draws for the intervals (default ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(
      names = "--max-lag",
      paramLabel = "MONTHS",
      defaultValue = "3",
      description = "Lag window of the co-movement (default ${DEFAULT-VALUE}).")
  int maxLag;

  @Option(
      names = "--cif-fob",
      paramLabel = "F",
      defaultValue = "1.10",
      description =
          "CIF/FOB factor for the target's imports standing in for hubs' exports (default ${DEFAULT-VALUE}).")
  double cifFob;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Seed of the random draws (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "Routes to show (default ${DEFAULT-VALUE}; 0 for all).")
  int top;

  @Mixin TextOutputOptions output;

  @Option(
      names = "--sankey",
      paramLabel = "FILE",
      description =
          "Write Sankey data (origin, hubs, target; values after the sanction) of the routes shown as JSON.")
  Path sankey;

  @Option(
      names = "--series",
      paramLabel = "HUB:GOODS",
      description =
          "Instead of the ranking, the monthly values of one route's three legs over every month"
              + " covered, e.g. 'TUR:tier 2' or TUR:8542 (a hub and a group at --level).")
  String series;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    try (DuckDbStore store = global.openStoreReadOnly()) {
      CircumventionQuery q = query(global.reference());
      if (series != null) {
        printSeries(store, q, w);
        return 0;
      }
      CircumventionResult r = new CircumventionEngine(store.connection()).run(q);
      List<Route> shown = top <= 0 ? r.routes() : r.routes().stream().limit(top).toList();
      String text = CircumventionOutput.render(output.format().toLowerCase(Locale.ROOT), r, shown);
      OutputSink.writeToExistingFolder(
          text, output.out(), String.format("%d routes", shown.size()), w);
      if (sankey != null) {
        List<Route> links = r.significant().isEmpty() ? shown : r.significant();
        String what = String.format("Sankey data of %d routes", links.size());
        OutputSink.writeToExistingFolder(
            CircumventionOutput.sankey(Sankey.of(r, links)), sankey, what, w);
      }
    }
    return 0;
  }

  private void printSeries(DuckDbStore store, CircumventionQuery q, PrintWriter w) {
    int colon = series.indexOf(':');
    if (colon <= 0 || colon == series.length() - 1) {
      throw TechsovException.invalidArgument(
          "--series must be HUB:GOODS, e.g. 'TUR:tier 2', not '" + series + "'");
    }
    CountryCode hub =
        global.reference().countries().require(CountryCode.of(series.substring(0, colon))).code();
    RouteSeries s =
        new CircumventionEngine(store.connection())
            .series(q, hub, series.substring(colon + 1).strip());
    String text = CircumventionOutput.series(output.format().toLowerCase(Locale.ROOT), s);
    if (output.out() != null) {
      OutputSink.writeFile(output.out(), text);
      w.printf(
          "wrote %d months of %s %s to %s%n",
          s.lastMonth() - s.firstMonth() + 1, s.label(), s.group(), output.out());
    } else {
      w.print(text);
    }
    w.flush();
  }

  CircumventionQuery query(ReferenceData ref) {
    int month = Months.parse(since);
    LocalDate date =
        blocDate != null
            ? blocDate
            : LocalDate.of(Months.year(month + 1), Months.month(month + 1), 1);
    String blocId = ref.bloc(bloc).id();
    List<CountryCode> hubCodes = new ArrayList<>();
    for (String h : hubs) {
      if (ref.blocs().keySet().stream().anyMatch(b -> b.equalsIgnoreCase(h))) {
        hubCodes.addAll(ref.bloc(h).membersOn(date));
      } else {
        hubCodes.add(ref.countries().require(CountryCode.of(h)).code());
      }
    }
    try {
      return new CircumventionQuery(
          ref.countries().require(CountryCode.of(target)).code(),
          blocId,
          date,
          month,
          until == null ? OptionalInt.empty() : OptionalInt.of(Months.parse(until)),
          Baseline.parse(baseline, month),
          goods,
          notControls,
          RouteLevel.parse(level),
          hubCodes,
          new RouteOptions(
              minRatio, minIncrease, alpha, permutations, bootstrap, maxLag, cifFob, seed));
    } catch (IllegalArgumentException e) {
      throw TechsovException.invalidArgument(e.getMessage());
    }
  }
}
