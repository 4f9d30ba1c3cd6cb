package org.techsov.cli.command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.MirrorOutput;
import org.techsov.cli.support.OutputSink;
import org.techsov.cli.support.TextOutputOptions;
import org.techsov.core.circumvention.MirrorQuery;
import org.techsov.core.circumvention.MirrorResult;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.engine.circumvention.MirrorEngine;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov mirror}: exporters' reports against partners' reports ("ghost trade"). */
@Command(
    name = "mirror",
    mixinStandardHelpOptions = true,
    description = {
      "Mirror gaps: what the exporters report shipping to each partner against what the partner",
      "reports receiving, CIF/FOB adjusted (imports / factor), as a share of exports, before and",
      "after the sanction month. A post-sanction gap more than --z standard deviations above the",
      "pre-sanction monthly gaps is flagged as ghost trade (METHODS.md 2.2.4)."
    })
public final class MirrorCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(
      names = "--exporters",
      required = true,
      split = ",",
      paramLabel = "BLOC|ISO3",
      description = "The exporters: a bloc (e.g. EU27) or countries.")
  List<String> exporters;

  @Option(
      names = "--partners",
      split = ",",
      paramLabel = "ISO3|BLOC",
      description =
          "Partners (ISO3 codes or a bloc such as HUBS); default: every partner outside the exporters.")
  List<String> partners = new ArrayList<>();

  @Option(
      names = "--since",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The sanction month.")
  String since;

  @Option(names = "--until", paramLabel = "YYYY-MM", description = "The last month compared.")
  String until;

  @Option(
      names = "--goods",
      split = ",",
      paramLabel = "GOODS",
      description = "Goods lists or HS codes (default: all goods).")
  List<String> goods = new ArrayList<>();

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "list",
      description = "Group goods by list (default: one row per partner), tier, hs2, hs4 or hs6.")
  String level;

  @Option(
      names = "--cif-fob",
      paramLabel = "F",
      defaultValue = "1.10",
      description = "CIF/FOB factor (default ${DEFAULT-VALUE}).")
  double cifFob;

  @Option(
      names = "--z",
      paramLabel = "Z",
      defaultValue = "3",
      description = "Standard deviations that make ghost trade (default ${DEFAULT-VALUE}).")
  double z;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "Rows to show (default ${DEFAULT-VALUE}; 0 for all).")
  int top;

  @Mixin TextOutputOptions output;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    try (DuckDbStore store = global.openStoreReadOnly()) {
      MirrorResult r = new MirrorEngine(store.connection()).run(query(global.reference()));
      String text = MirrorOutput.render(output.format().toLowerCase(Locale.ROOT), r, top);
      OutputSink.writeToExistingFolder(
          text, output.out(), String.format("%d rows", r.rows().size()), w);
    }
    return 0;
  }

  MirrorQuery query(ReferenceData ref) {
    int month = Months.parse(since);
    LocalDate date = LocalDate.of(Months.year(month + 1), Months.month(month + 1), 1);
    String bloc = "";
    List<CountryCode> exp = new ArrayList<>();
    if (exporters.size() == 1 && isBloc(ref, exporters.get(0))) {
      bloc = ref.bloc(exporters.get(0)).id();
    } else {
      exporters.forEach(e -> exp.add(ref.countries().require(CountryCode.of(e)).code()));
    }
    List<CountryCode> part = new ArrayList<>();
    for (String p : partners) {
      if (isBloc(ref, p)) {
        part.addAll(ref.bloc(p).membersOn(date));
      } else {
        part.add(ref.countries().require(CountryCode.of(p)).code());
      }
    }
    try {
      return new MirrorQuery(
          bloc,
          exp,
          date,
          part,
          month,
          until == null ? OptionalInt.empty() : OptionalInt.of(Months.parse(until)),
          goods,
          RouteLevel.parse(level),
          cifFob,
          z);
    } catch (IllegalArgumentException e) {
      throw TechsovException.invalidArgument(e.getMessage());
    }
  }

  static boolean isBloc(ReferenceData ref, String id) {
    return ref.blocs().keySet().stream().anyMatch(b -> b.equalsIgnoreCase(id));
  }
}
