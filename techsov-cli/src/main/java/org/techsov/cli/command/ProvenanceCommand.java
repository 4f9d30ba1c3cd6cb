package org.techsov.cli.command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.OutputSink;
import org.techsov.cli.support.ProvenanceOutput;
import org.techsov.cli.support.TextOutputOptions;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.ProvenanceQuery;
import org.techsov.core.circumvention.ProvenanceRow;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.engine.circumvention.ProvenanceEngine;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov provenance}: shipments attributed by brand HQ, origin and dispatch country. */
@Command(
    name = "provenance",
    mixinStandardHelpOptions = true,
    description = {
      "Shipment provenance: the target's customs records of the goods, by period and dispatch",
      "country, with the value whose brand's owner has its headquarters in the bloc and the part",
      "of it made outside the bloc (METHODS.md 2.3), e.g. coalition-brand chips via CN/HK/TR/AE."
    })
public final class ProvenanceCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "ISO3",
      description = "The destination whose records are read, e.g. RUS.")
  String target;

  @Option(
      names = "--goods",
      split = ",",
      paramLabel = "GOODS",
      description = "Goods lists or HS codes (default: all goods), e.g. 8542.")
  List<String> goods = new ArrayList<>();

  @Option(
      names = "--brand-bloc",
      paramLabel = "BLOC",
      defaultValue = "COALITION",
      description = "The bloc brands and origins are tested against (default ${DEFAULT-VALUE}).")
  String bloc;

  @Option(
      names = "--via",
      split = ",",
      paramLabel = "ISO3",
      description = "Dispatch countries shown one by one (others summed as other); default: all.")
  List<String> via = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM",
      description = "First month (default: the first with records).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM",
      description = "Last month (default: the last with records).")
  String to;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "month",
      description = "month (default) or year.")
  String by;

  @Option(
      names = "--bloc-date",
      paramLabel = "DATE",
      description = "Date of bloc membership (default: today).")
  LocalDate blocDate;

  @Mixin TextOutputOptions output;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    try (DuckDbStore store = global.openStoreReadOnly()) {
      ProvenanceQuery q = query(global.reference());
      List<ProvenanceRow> rows = new ProvenanceEngine(store.connection()).run(q);
      String text = ProvenanceOutput.render(output.format().toLowerCase(Locale.ROOT), q, rows);
      OutputSink.writeToExistingFolder(
          text, output.out(), String.format("%d rows", rows.size()), w);
    }
    return 0;
  }

  ProvenanceQuery query(ReferenceData ref) {
    List<CountryCode> v = new ArrayList<>();
    via.forEach(c -> v.add(ref.countries().require(CountryCode.of(c)).code()));
    boolean yearly = by.equalsIgnoreCase("year");
    if (!yearly && !by.equalsIgnoreCase("month")) {
      throw org.techsov.core.error.TechsovException.invalidArgument("--by must be month or year");
    }
    return new ProvenanceQuery(
        ref.countries().require(CountryCode.of(target)).code(),
        goods,
        ref.bloc(bloc).id(),
        blocDate != null ? blocDate : LocalDate.now(),
        v,
        from == null ? 0 : Months.parse(from),
        to == null ? OptionalInt.empty() : OptionalInt.of(Months.parse(to)),
        yearly);
  }
}
