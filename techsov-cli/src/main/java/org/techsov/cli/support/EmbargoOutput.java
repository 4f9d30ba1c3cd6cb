package org.techsov.cli.support;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.techsov.core.embargo.BlockedNode;
import org.techsov.core.embargo.EmbargoReport;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.embargo.ScenarioComparison;
import org.techsov.core.embargo.SinglePoint;
import org.techsov.core.embargo.SupplierGraph;

/**
 * Renders an embargo run: a text report, long-format CSV ({@code scenario, section, label, value,
 * detail}) or JSON. Product values are per year, part values per unit, in the run's currency.
 */
public final class EmbargoOutput {
  private static final int LISTED_COUNTRIES = 12;

  private EmbargoOutput() {}

  public static String render(OutputFormat format, EmbargoRun run) {
    return switch (format) {
      case TABLE -> OutputSink.text(w -> table(run, w));
      case CSV -> OutputSink.csv(w -> csv(run, w));
      case JSON -> OutputSink.json(json(run));
    };
  }

  /** The scenario's headline: what it cuts and what that stops. */
  public static String headline(EmbargoRun run, EmbargoScenario s, EmbargoReport r) {
    return String.format(
        Locale.ROOT,
        "%s: %d of %d end products blocked as of %s; value at risk %s %s a year of %s (%s)",
        s.name(),
        r.blockedProductCount(),
        run.productCount(),
        run.asOf(),
        TextTable.usd(r.valueAtRisk()),
        run.currency(),
        TextTable.usd(r.totalValue()),
        TextTable.pct(r.shareAtRisk()));
  }

  private static void table(EmbargoRun run, PrintWriter w) {
    w.println(headline(run, run.scenario(), run.report()));
    w.println("cut: " + cutDescription(run.scenario()));
    section(w, "Blocked end products", "value a year", run.report().blockedProducts(), run, true);
    section(
        w,
        "Parts without a substitute",
        "unit value",
        run.report().partsWithoutSubstitute(),
        run,
        false);
    w.println();
    w.println("Single points of failure in the products still made");
    if (run.singlePoints().isEmpty()) {
      w.println("none");
    } else {
      TextTable t = new TextTable("source or operation", "kind", "country");
      for (SinglePoint p : run.singlePoints()) {
        t.row(p.label(), p.kind().name().toLowerCase(Locale.ROOT), country(p));
      }
      t.print(w);
    }
    if (run.hasComparison()) {
      comparison(w, run);
    }
  }

  private static void section(
      PrintWriter w,
      String title,
      String valueHeader,
      List<BlockedNode> nodes,
      EmbargoRun run,
      boolean perYear) {
    w.println();
    w.println(title);
    if (nodes.isEmpty()) {
      w.println("none");
      return;
    }
    TextTable t =
        new TextTable(title.startsWith("Blocked") ? "product" : "part", valueHeader, "why");
    for (BlockedNode n : nodes) {
      String value = perYear ? TextTable.usd(n.value()) : LocalisationOutput.money(n.value());
      t.row(n.label(), value, String.join("; ", shortCauses(run.graph(), n)));
    }
    t.print(w);
  }

  private static void comparison(PrintWriter w, EmbargoRun run) {
    ScenarioComparison c = run.comparison();
    w.println();
    w.println("Versus " + headline(run, run.vsScenario(), run.vsReport()));
    w.println("cut: " + cutDescription(run.vsScenario()));
    w.println(
        "change in value at risk: "
            + (c.valueAtRiskDelta() >= 0 ? "+" : "")
            + TextTable.usd(c.valueAtRiskDelta())
            + " "
            + run.currency()
            + " a year");
    TextTable t = new TextTable("difference", "item");
    c.productsOnlySecond().forEach(p -> t.row("product blocked only by " + c.second(), p));
    c.productsOnlyFirst().forEach(p -> t.row("product blocked only by " + c.first(), p));
    c.partsOnlySecond().forEach(p -> t.row("part without substitute only in " + c.second(), p));
    c.partsOnlyFirst().forEach(p -> t.row("part without substitute only in " + c.first(), p));
    if (c.productsOnlyFirst().isEmpty()
        && c.productsOnlySecond().isEmpty()
        && c.partsOnlyFirst().isEmpty()
        && c.partsOnlySecond().isEmpty()) {
      w.println("no difference in blocked products or parts without a substitute");
    } else {
      t.print(w);
    }
  }

  /** The countries and suppliers a scenario cuts, and from when. */
  public static String cutDescription(EmbargoScenario s) {
    List<String> parts = new ArrayList<>();
    if (!s.countries().isEmpty()) {
      List<String> codes = s.countries().stream().map(Object::toString).sorted().toList();
      String n = codes.size() + (codes.size() == 1 ? " country" : " countries");
      parts.add(
          codes.size() <= LISTED_COUNTRIES
              ? n + " (" + String.join(", ", codes) + ")"
              : n + " (" + String.join(", ", codes.subList(0, LISTED_COUNTRIES)) + ", ...)");
    }
    if (!s.suppliers().isEmpty()) {
      parts.add("suppliers " + String.join("; ", s.suppliers().stream().sorted().toList()));
    }
    parts.add(s.from() == null ? "in force already" : "from " + s.from());
    return String.join(", ", parts);
  }

  static List<String> causes(SupplierGraph g, BlockedNode n) {
    return n.causes().stream().map(g::describe).toList();
  }

  /** The causes without the part's own label in front: {@code <- maker (TWN): TWN cut}. */
  public static List<String> shortCauses(SupplierGraph g, BlockedNode n) {
    return causes(g, n).stream()
        .map(c -> c.startsWith(n.label() + " ") ? c.substring(n.label().length() + 1) : c)
        .toList();
  }

  private static String country(SinglePoint p) {
    return p.country() == null ? "" : p.country().alpha3();
  }

  private static void csv(EmbargoRun run, CsvWriter w) {
    w.writeRecord("scenario", "section", "label", "value", "detail");
    csvReport(w, run, run.scenario(), run.report());
    String name = run.scenario().name();
    for (SinglePoint p : run.singlePoints()) {
      w.writeRecord(
          name,
          "single_point_of_failure",
          p.label(),
          "",
          p.kind().name().toLowerCase(Locale.ROOT) + " " + country(p));
    }
    if (run.hasComparison()) {
      csvReport(w, run, run.vsScenario(), run.vsReport());
    }
  }

  private static void csvReport(CsvWriter w, EmbargoRun run, EmbargoScenario s, EmbargoReport r) {
    String name = s.name();
    w.writeRecord(name, "value_at_risk", "", Double.toString(r.valueAtRisk()), run.currency());
    w.writeRecord(name, "total_value", "", Double.toString(r.totalValue()), run.currency());
    for (BlockedNode n : r.blockedProducts()) {
      w.writeRecord(
          name,
          "blocked_product",
          n.label(),
          Double.toString(n.value()),
          String.join("; ", causes(run.graph(), n)));
    }
    for (BlockedNode n : r.partsWithoutSubstitute()) {
      w.writeRecord(
          name,
          "part_without_substitute",
          n.label(),
          Double.toString(n.value()),
          String.join("; ", causes(run.graph(), n)));
    }
  }

  static Map<String, Object> json(EmbargoRun run) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("asOf", run.asOf().toString());
    doc.put("currency", run.currency());
    doc.put("productCount", run.productCount());
    doc.put("scenario", jsonReport(run, run.scenario(), run.report()));
    List<Map<String, Object>> points = new ArrayList<>();
    for (SinglePoint p : run.singlePoints()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", p.label());
      m.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
      m.put("supplier", p.supplier());
      m.put("country", p.country() == null ? null : p.country().alpha3());
      points.add(m);
    }
    doc.put("singlePointsOfFailure", points);
    if (run.hasComparison()) {
      doc.put("vs", jsonReport(run, run.vsScenario(), run.vsReport()));
      doc.put("comparison", jsonComparison(run.comparison()));
    }
    return doc;
  }

  private static Map<String, Object> jsonReport(
      EmbargoRun run, EmbargoScenario s, EmbargoReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("countries", s.countries().stream().map(Object::toString).sorted().toList());
    m.put("suppliers", s.suppliers().stream().sorted().toList());
    m.put("from", s.from() == null ? null : s.from().toString());
    m.put("blockedProductCount", r.blockedProductCount());
    m.put("valueAtRisk", r.valueAtRisk());
    m.put("totalValue", r.totalValue());
    m.put("shareAtRisk", r.shareAtRisk());
    m.put("blockedProducts", jsonNodes(run, r.blockedProducts()));
    m.put("partsWithoutSubstitute", jsonNodes(run, r.partsWithoutSubstitute()));
    return m;
  }

  private static List<Map<String, Object>> jsonNodes(EmbargoRun run, List<BlockedNode> nodes) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (BlockedNode n : nodes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", n.label());
      m.put("value", n.value());
      m.put("causes", causes(run.graph(), n));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> jsonComparison(ScenarioComparison c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("first", c.first());
    m.put("second", c.second());
    m.put("productsOnlyFirst", c.productsOnlyFirst());
    m.put("productsOnlySecond", c.productsOnlySecond());
    m.put("productsInBoth", c.productsInBoth());
    m.put("valueAtRiskDelta", c.valueAtRiskDelta());
    m.put("partsOnlyFirst", c.partsOnlyFirst());
    m.put("partsOnlySecond", c.partsOnlySecond());
    return m;
  }
}
