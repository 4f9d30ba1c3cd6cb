package org.techsov.report.section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.techsov.core.circumvention.Baseline;
import org.techsov.core.circumvention.CircumventionQuery;
import org.techsov.core.circumvention.CircumventionResult;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.Route;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.core.circumvention.RouteOptions;
import org.techsov.core.circumvention.Surge;
import org.techsov.core.error.ErrorCategory;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.SanctionEvent;
import org.techsov.engine.circumvention.CircumventionEngine;
import org.techsov.report.Block;
import org.techsov.report.ChartSpec;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportSection;
import org.techsov.report.Section;

/**
 * Parallel imports with the report's country as the target: the hubs whose imports of the
 * high-priority goods (CHPL) from the report's first bloc surged after the first sanction on the
 * country, one route per hub, with values before and after, the effect and its significance. The
 * section says why when the country is not sanctioned or the store holds no monthly flows.
 */
public final class CircumventionSection implements ReportSection {
  static final String TITLE = "Parallel imports";
  static final String GOODS = "chpl";
  static final int TOP = 10;

  @Override
  public Section build(ReportInput in) {
    ReportRequest r = in.request();
    String bloc = r.blocs().get(0);
    Optional<SanctionEvent> first =
        in.reference().sanctionEvents().stream()
            .filter(e -> e.target().equals(r.country()))
            .min(Comparator.comparing(SanctionEvent::date));
    if (first.isEmpty()) {
      return new Section(
          TITLE,
          List.of(
              new Block.Paragraph(
                  "No sanction event in the reference data targets "
                      + r.country()
                      + ", so parallel imports are not assessed.")));
    }
    SanctionEvent event = first.get();
    int month = Months.index(event.date().getYear(), event.date().getMonthValue());
    String command =
        "techsov circumvention --target "
            + r.country()
            + " --bloc "
            + bloc
            + " --since "
            + Months.format(month)
            + " --goods "
            + GOODS
            + " --level list --top "
            + TOP;
    CircumventionResult result;
    try {
      result = new CircumventionEngine(in.connection()).run(query(r, bloc, month));
    } catch (TechsovException e) {
      if (e.category() == ErrorCategory.INTERNAL || e.category() == ErrorCategory.EXTERNAL) {
        throw e;
      }
      return new Section(
          TITLE,
          List.of(
              new Block.Paragraph(
                  "Parallel imports of "
                      + GOODS
                      + " from "
                      + bloc
                      + " to "
                      + r.country()
                      + " after "
                      + Months.format(month)
                      + " ("
                      + event.id()
                      + ") cannot be assessed on this store: "
                      + e.getMessage()
                      + ". Reproduce with: "
                      + command)));
    }
    return new Section(TITLE, blocks(r, bloc, event, result, command));
  }

  static CircumventionQuery query(ReportRequest r, String bloc, int month) {
    return new CircumventionQuery(
        r.country(),
        bloc,
        LocalDate.of(Months.year(month + 1), Months.month(month + 1), 1),
        month,
        OptionalInt.empty(),
        Baseline.parse(Baseline.DEFAULT, month),
        List.of(GOODS),
        List.of(),
        RouteLevel.LIST,
        List.of(),
        RouteOptions.defaults());
  }

  private static List<Block> blocks(
      ReportRequest r, String bloc, SanctionEvent event, CircumventionResult res, String command) {
    List<Route> top = res.routes().stream().limit(TOP).toList();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            "Third countries whose imports of "
                + res.goods()
                + " from "
                + bloc
                + " surged after "
                + Months.format(res.query().sanctionMonth())
                + " ("
                + event.id()
                + ": "
                + event.title()
                + "), months "
                + Months.range(res.design().postMonths()[0], res.design().lastMonth())
                + " against "
                + res.design().baseline().label()
                + ". "
                + res.significant().size()
                + " of "
                + res.routes().size()
                + " routes are significant at a 5% false discovery rate. Values are US dollars a"
                + " month; the difference-in-differences (DiD, log points) compares the listed goods"
                + " with unlisted goods of the same chapters, with its 95% bootstrap interval."));
    if (!top.isEmpty()) {
      blocks.add(new Block.Chart(chart(bloc, top)));
      blocks.add(table(r, bloc, top));
    }
    res.notes().forEach(n -> blocks.add(new Block.Paragraph(n)));
    blocks.add(new Block.Paragraph("Reproduce with: " + command));
    return blocks;
  }

  private static ChartSpec chart(String bloc, List<Route> top) {
    return new ChartSpec(
        bloc + "'s exports of the listed goods to each hub, US dollars a month",
        ChartSpec.Kind.BAR,
        top.stream().map(x -> x.hub().alpha3()).toList(),
        List.of(
            new ChartSpec.Series(
                "before", top.stream().map(x -> x.blocToHub().basePerMonth()).toList()),
            new ChartSpec.Series(
                "after", top.stream().map(x -> x.blocToHub().postPerMonth()).toList())),
        "US dollars a month",
        false);
  }

  private static Block.Table table(ReportRequest r, String bloc, List<Route> top) {
    List<List<String>> rows = new ArrayList<>();
    for (Route x : top) {
      rows.add(
          List.of(
              x.hub().alpha3(),
              Figures.usd(x.blocToHub().basePerMonth()),
              Figures.usd(x.blocToHub().postPerMonth()),
              ratio(x.blocToHub()),
              did(x),
              Figures.num(x.effect().qValue(), 3),
              ratio(x.hubToTarget()),
              ratio(x.blocToTarget()),
              x.significant()
                  ? (x.hasReexportSignature() ? "significant, re-export signature" : "significant")
                  : x.flagged() ? "flagged" : ""));
    }
    return new Block.Table(
        List.of(
            "hub",
            "before",
            "after",
            "ratio",
            "DiD [95% CI]",
            "q",
            "hub to " + r.country(),
            bloc + " to " + r.country(),
            "status"),
        rows);
  }

  private static String ratio(Surge s) {
    if (!s.hasData()) {
      return "-";
    }
    return Double.isInfinite(s.ratio()) ? "new" : String.format(Locale.ROOT, "x%.2f", s.ratio());
  }

  private static String did(Route x) {
    double b = x.effect().did();
    if (Double.isNaN(b)) {
      return "no controls";
    }
    var i = x.effect().didInterval();
    return i.isDefined()
        ? String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", b, i.low(), i.high())
        : String.format(Locale.ROOT, "%+.2f", b);
  }
}
