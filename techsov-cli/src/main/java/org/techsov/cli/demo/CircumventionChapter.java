package org.techsov.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.techsov.cli.support.TextTable;
import org.techsov.core.circumvention.Baseline;
import org.techsov.core.circumvention.CircumventionQuery;
import org.techsov.core.circumvention.CircumventionResult;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.ProvenanceQuery;
import org.techsov.core.circumvention.ProvenanceRow;
import org.techsov.core.circumvention.Route;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.core.circumvention.RouteOptions;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.spi.ProgressListener;
import org.techsov.engine.circumvention.CircumventionEngine;
import org.techsov.engine.circumvention.ProvenanceEngine;
import org.techsov.ingest.reported.BrandTable;
import org.techsov.ingest.reported.ReadingContext;
import org.techsov.ingest.reported.ReadingOptions;
import org.techsov.ingest.reported.ReportedImports;
import org.techsov.ingest.reported.ShipmentImports;
import org.techsov.ingest.rows.RowImportOptions;
import org.techsov.synth.GeneratedMonthly;
import org.techsov.synth.MonthlyOptions;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;

/**
 * Chapter 2: the transit hubs whose imports of high-priority goods from the coalition surged while
 * their exports of the same goods to the target surged too, and coalition-brand chips in the
 * target's customs records by dispatch country.
 */
public final class CircumventionChapter implements DemoChapter {
  @Override
  public int number() {
    return 2;
  }

  static final CountryCode RUS = new CountryCode("RUS");
  static final int SANCTION = Months.index(2022, 2);
  static final List<String> VIA = List.of("CHN", "HKG", "TUR", "ARE", "KAZ", "ARM");

  @Override
  public String title() {
    return "Circumvention: coalition high-priority goods (CHPL) reaching Russia through third"
        + " countries";
  }

  @Override
  public void run(DemoContext c) {
    PrintWriter out = c.out();
    WorldSpec spec = WorldSpec.demo();
    GeneratedMonthly monthly =
        new WorldGenerator(c.reference(), spec)
            .writeMonthly(
                c.dir().resolve("monthly"), MonthlyOptions.around(spec), ProgressListener.NONE);
    load(c, monthly);
    CircumventionResult byHub =
        new CircumventionEngine(c.store().connection()).run(query(RouteLevel.LIST));
    hubs(out, byHub);
    out.println(
        "   reproduce: techsov circumvention --db "
            + c.database()
            + " --target RUS --bloc COALITION --since 2022-02 --goods chpl --level list");
    out.println();
    out.println(
        "   Top routes by CHPL tier, values before (2021) and after (Mar 2022 - Dec 2023):");
    CircumventionResult byTier =
        new CircumventionEngine(c.store().connection()).run(query(RouteLevel.TIER));
    routes(out, byTier.routes().stream().limit(6).toList());
    out.println(
        "   reproduce: techsov circumvention --db "
            + c.database()
            + " --target RUS --bloc COALITION --since 2022-02 --goods chpl --level tier");
    out.println();
    provenance(c, out);
  }

  private static void load(DemoContext c, GeneratedMonthly m) {
    ReadingContext context =
        ReadingContext.of(
            new ReadingOptions(
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.of(HsRevision.HS2022),
                java.util.Optional.empty()));
    ReportedImports flows = new ReportedImports(c.store(), c.reference());
    long rows = 0;
    for (Path f : m.flowFiles()) {
      rows +=
          flows
              .run(ReportedImports.Format.COMTRADE, context, options(c, f), ProgressListener.NONE)
              .record()
              .rowsStored();
    }
    var shipped =
        new ShipmentImports(c.store(), c.reference())
            .run(
                context,
                BrandTable.builtIn(c.reference().countries()),
                options(c, m.shipments().orElseThrow()),
                ProgressListener.NONE);
    c.out()
        .printf(
            "   monthly extract (UN Comtrade layout, 2019-2023): %,d reported flows in %d files;"
                + " %,d shipment records%n",
            rows, m.flowFiles().size(), shipped.record().rowsStored());
  }

  private static RowImportOptions options(DemoContext c, Path f) {
    RowImportOptions o = RowImportOptions.of(f);
    return o.withRejectFile(c.dir().resolve(o.rejectFile()));
  }

  static CircumventionQuery query(RouteLevel level) {
    return new CircumventionQuery(
        RUS,
        "COALITION",
        LocalDate.of(2022, 3, 1),
        SANCTION,
        OptionalInt.empty(),
        Baseline.parse(Baseline.DEFAULT, SANCTION),
        List.of("chpl"),
        List.of(),
        level,
        List.of(),
        RouteOptions.defaults());
  }

  private static void hubs(PrintWriter out, CircumventionResult r) {
    TextTable t =
        new TextTable(
            "hub",
            "from COALITION before",
            "after",
            "ratio",
            "DiD",
            "q",
            "to RUS ratio",
            "co-move",
            "");
    for (Route x : r.routes().stream().filter(Route::flagged).limit(8).toList()) {
      t.row(
          x.hub(),
          TextTable.usd(x.blocToHub().basePerMonth()),
          TextTable.usd(x.blocToHub().postPerMonth()),
          ratio(x.blocToHub().ratio()),
          TextTable.num(x.effect().did(), 2),
          TextTable.num(x.effect().qValue(), 3),
          ratio(x.hubToTarget().ratio()),
          TextTable.num(x.signature().correlation(), 2),
          x.significant()
              ? (x.hasReexportSignature() ? "re-export signature" : "significant")
              : "");
    }
    out.printf(
        "   Hubs whose CHPL imports from the coalition surged (USD a month, %s vs %s) - %d of %d"
            + " routes significant at 5%% FDR:%n",
        Months.range(r.design().postMonths()[0], r.design().lastMonth()),
        r.design().baseline().label(),
        r.significant().size(),
        r.routes().size());
    t.print(out);
  }

  private static void routes(PrintWriter out, List<Route> routes) {
    TextTable t =
        new TextTable("route", "goods", "before/mo", "after/mo", "ratio", "q", "RUS direct");
    for (Route x : routes) {
      t.row(
          x.origin() + ">" + x.hub() + ">" + x.target(),
          x.group(),
          TextTable.usd(x.blocToHub().basePerMonth()),
          TextTable.usd(x.blocToHub().postPerMonth()),
          ratio(x.blocToHub().ratio()),
          TextTable.num(x.effect().qValue(), 3),
          ratio(x.blocToTarget().ratio()));
    }
    t.print(out);
  }

  private static void provenance(DemoContext c, PrintWriter out) {
    ProvenanceQuery q =
        new ProvenanceQuery(
            RUS,
            List.of("8542"),
            "COALITION",
            LocalDate.of(2024, 1, 1),
            VIA.stream().map(CountryCode::new).toList(),
            Months.index(2021, 1),
            OptionalInt.empty(),
            true);
    List<ProvenanceRow> rows = new ProvenanceEngine(c.store().connection()).run(q);
    out.println(
        "   Coalition-brand integrated circuits (HS 8542) in Russia's customs records, by dispatch:");
    TextTable t =
        new TextTable("year", "dispatch", "shipments", "value", "coalition brand", "made outside");
    for (ProvenanceRow r : rows) {
      t.row(
          r.period(),
          r.dispatch(),
          r.shipments(),
          TextTable.usd(r.value()),
          TextTable.usd(r.blocBrand()),
          TextTable.usd(r.blocBrandMadeOutside()));
    }
    t.print(out);
    out.println(
        "   reproduce: techsov provenance --db "
            + c.database()
            + " --target RUS --goods 8542 --via "
            + String.join(",", VIA)
            + " --from 2021-01 --by year");
  }

  private static String ratio(double r) {
    if (Double.isNaN(r)) {
      return "";
    }
    return Double.isInfinite(r) ? "new" : String.format(java.util.Locale.ROOT, "x%.2f", r);
  }
}
