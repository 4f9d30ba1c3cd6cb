package org.techsov.cli.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.techsov.cli.support.ScorecardOutput;
import org.techsov.cli.support.TextTable;
import org.techsov.cli.support.TradeMeasures;
import org.techsov.core.forecast.ForecastOptions;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.EvidenceItem;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Scorecard;
import org.techsov.core.programme.ScorecardLine;
import org.techsov.core.programme.ScorecardOptions;
import org.techsov.core.programme.Series;
import org.techsov.core.programme.Source;
import org.techsov.core.programme.Target;
import org.techsov.core.programme.Technology;

/**
 * Chapter "Scorecard": every official target and claim of the built-in catalogue with its status
 * and source, the trade-based claim settled by the demo world's flows.
 */
public final class ScorecardChapter implements DemoChapter {
  @Override
  public int number() {
    return 7;
  }

  /** A fixed evaluation date, so the demo prints the same table every day. */
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  static final String TRADE_CLAIM = "kse-china-share";

  @Override
  public String title() {
    return "Scorecard: the official targets and claims against the evidence, as of " + AS_OF;
  }

  @Override
  public void run(DemoContext c) {
    PrintWriter out = c.out();
    Catalogue catalogue = c.store().catalogue().load();
    TradeMeasures.Result measures =
        TradeMeasures.compute(catalogue, c.store(), "store " + c.database());
    ScorecardOptions options =
        new ScorecardOptions(
            AS_OF,
            "RUS",
            measures.measures(),
            ForecastOptions.DEFAULT_RESAMPLES,
            ForecastOptions.DEFAULT_SEED);
    List<ScorecardLine> lines = Scorecard.evaluate(catalogue, options);
    out.println("   " + ScorecardOutput.summary(lines));
    TextTable t = new TextTable("status", "id", "statement", "source");
    Set<String> cited = new LinkedHashSet<>();
    for (ScorecardLine l : lines) {
      String source = sourceOf(catalogue, l.id());
      cited.add(source);
      t.row(l.status().label(), l.id(), clip(l.statement(), 90), source);
    }
    StringWriter sw = new StringWriter();
    t.print(new PrintWriter(sw));
    for (String line : sw.toString().split("\n")) {
      out.println("   " + line);
    }
    out.println("   sources:");
    for (String id : cited) {
      catalogue.source(id).ifPresent(s -> out.println("   " + id + ": " + cite(s)));
    }
    out.println();
    out.println("   The claim checked against the demo world's trade flows:");
    measures.notes().forEach(n -> out.println("   trade measure: " + n));
    lines.stream()
        .filter(l -> l.id().equals(TRADE_CLAIM))
        .findFirst()
        .ifPresent(
            l -> {
              out.println("   [" + l.status().label() + "] " + l.id() + ": " + l.statement());
              out.println("   why: " + l.reason());
              for (EvidenceItem e : l.evidence()) {
                out.println(
                    "   - "
                        + e.label()
                        + (e.quantity() == null ? "" : ": " + e.quantity())
                        + (e.asOf() == null ? "" : " (" + e.asOf() + ")")
                        + "; source: "
                        + e.source());
              }
            });
    out.println(
        "   reproduce: techsov scorecard --country RUS --as-of " + AS_OF + " --db " + c.database());
  }

  /** The source id of the target or claim a line is about. */
  static String sourceOf(Catalogue catalogue, String lineId) {
    for (Claim k : catalogue.claims()) {
      if (k.id().equals(lineId)) {
        return k.said().citation().source();
      }
    }
    for (Programme p : catalogue.programmes()) {
      for (Series s : p.series()) {
        for (Target t : s.targets()) {
          if ((p.id() + "/" + s.id() + "/" + t.id()).equals(lineId)) {
            return t.figure().citation().source();
          }
        }
      }
    }
    for (Technology x : catalogue.technologies()) {
      for (Target t : x.targets()) {
        if ((x.id() + "/" + t.id()).equals(lineId)) {
          return t.figure().citation().source();
        }
      }
    }
    return "";
  }

  private static String cite(Source s) {
    return s.title()
        + ", "
        + s.publisher()
        + (s.date() == null ? "" : ", " + s.date())
        + ", "
        + s.location();
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 3) + "...";
  }
}
