package org.techsov.cli.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.techsov.core.circumvention.CircumventionResult;
import org.techsov.core.circumvention.CircumventionTables;
import org.techsov.core.circumvention.Interval;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.Route;
import org.techsov.core.circumvention.RouteSeries;
import org.techsov.core.circumvention.Sankey;
import org.techsov.core.circumvention.Surge;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/** Renders circumvention routes as a table, CSV or JSON, and the Sankey data as JSON. */
public final class CircumventionOutput {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CircumventionOutput() {}

  public static String render(String format, CircumventionResult r, List<Route> routes) {
    return switch (format) {
      case "table" -> OutputSink.text(out -> table(r, routes, out));
      case "csv" -> OutputSink.csv(w -> csv(routes, w));
      case "json" -> json(r, routes);
      default -> throw OutputFormat.unknown(format);
    };
  }

  private static void table(CircumventionResult r, List<Route> routes, PrintWriter out) {
    var q = r.query();
    out.printf(
        "Routes of %s from %s to %s after %s, baseline %s, by %s%n",
        r.goods(),
        q.bloc(),
        q.target(),
        Months.format(q.sanctionMonth()),
        r.design().baseline().label(),
        q.level().name().toLowerCase(Locale.ROOT));
    TextTable t =
        new TextTable(
            "#",
            "route",
            "goods",
            "before/mo",
            "after/mo",
            "ratio",
            "change/mo",
            "DiD [95% CI]",
            "p",
            "q",
            "hub->" + q.target(),
            q.bloc() + "->" + q.target(),
            "co-move",
            "");
    int rank = 1;
    for (Route x : routes) {
      t.row(
          rank++,
          x.origin() + ">" + x.hub() + ">" + x.target(),
          x.group(),
          TextTable.usd(x.blocToHub().basePerMonth()),
          TextTable.usd(x.blocToHub().postPerMonth()),
          ratio(x.blocToHub()),
          signed(x.blocToHub().increasePerMonth()),
          did(x),
          p(x.effect().pValue()),
          p(x.effect().qValue()),
          ratio(x.hubToTarget()),
          ratio(x.blocToTarget()),
          Double.isNaN(x.signature().correlation())
              ? ""
              : String.format(
                  Locale.ROOT, "%.2f@%+d", x.signature().correlation(), x.signature().lag()),
          x.significant() ? "significant" : x.flagged() ? "flagged" : "");
    }
    t.print(out);
    out.printf(
        "%d of %d routes significant; values in USD per month; ratio = after / before;"
            + " DiD in log points against unlisted goods of the same chapters%n",
        r.significant().size(), r.routes().size());
    for (String n : r.notes()) {
      out.println("  " + n);
    }
  }

  static String ratio(Surge s) {
    if (!s.hasData()) {
      return "-";
    }
    double v = s.ratio();
    return Double.isInfinite(v) ? "new" : String.format(Locale.ROOT, "x%.2f", v);
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "-") + TextTable.usd(Math.abs(v));
  }

  private static String did(Route x) {
    double b = x.effect().did();
    if (Double.isNaN(b)) {
      return "no controls";
    }
    if (Double.isInfinite(b)) {
      return b > 0 ? "+inf" : "-inf";
    }
    Interval i = x.effect().didInterval();
    return i.isDefined()
        ? String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", b, i.low(), i.high())
        : String.format(Locale.ROOT, "%+.2f", b);
  }

  private static String p(double p) {
    if (Double.isNaN(p)) {
      return "";
    }
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  private static void csv(List<Route> routes, CsvWriter w) {
    CircumventionTables.Table t = CircumventionTables.routes(routes);
    w.writeRecord(t.header());
    for (List<String> row : t.rows()) {
      w.writeRecord(row);
    }
  }

  static String json(CircumventionResult r, List<Route> routes) {
    ObjectNode root = JSON.createObjectNode();
    var q = r.query();
    root.put("target", q.target().alpha3());
    root.put("bloc", q.bloc());
    root.put("sanctionMonth", Months.format(q.sanctionMonth()));
    root.put("baseline", r.design().baseline().label());
    root.put("goods", r.goods());
    root.put("level", q.level().name().toLowerCase(Locale.ROOT));
    root.put("postMonths", Months.range(r.design().postMonths()[0], r.design().lastMonth()));
    root.put("routesTested", r.routes().size());
    root.put("significant", r.significant().size());
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    ArrayNode arr = root.putArray("routes");
    int rank = 1;
    for (Route x : routes) {
      ObjectNode o = arr.addObject();
      o.put("rank", rank++);
      o.put("origin", x.origin());
      o.put("hub", x.hub().alpha3());
      o.put("target", x.target().alpha3());
      o.put("goods", x.group());
      o.put("listedProducts", x.listedProducts());
      o.put("controlProducts", x.controlProducts());
      surge(o.putObject("blocToHub"), x.blocToHub());
      surge(o.putObject("hubToTarget"), x.hubToTarget());
      surge(o.putObject("blocToTarget"), x.blocToTarget());
      ObjectNode e = o.putObject("effect");
      num(e, "did", x.effect().did());
      num(e, "didLow", x.effect().didInterval().low());
      num(e, "didHigh", x.effect().didInterval().high());
      num(e, "ratioLow", x.effect().ratioInterval().low());
      num(e, "ratioHigh", x.effect().ratioInterval().high());
      num(e, "pValue", x.effect().pValue());
      e.put("test", x.effect().test());
      num(e, "qValue", x.effect().qValue());
      ObjectNode s = o.putObject("reexportSignature");
      num(s, "correlation", x.signature().correlation());
      s.put("lag", x.signature().lag());
      s.put("present", x.hasReexportSignature());
      ObjectNode u = o.putObject("unitValuesUsdPerKg");
      num(u, "blocToHubBefore", x.unitValues().blocToHubBase());
      num(u, "blocToHubAfter", x.unitValues().blocToHubPost());
      num(u, "hubToTargetBefore", x.unitValues().hubToTargetBase());
      num(u, "hubToTargetAfter", x.unitValues().hubToTargetPost());
      o.put("flagged", x.flagged());
      o.put("significant", x.significant());
      o.put("evidence", x.evidence());
    }
    return write(root);
  }

  private static void surge(ObjectNode o, Surge s) {
    num(o, "beforeUsdPerMonth", s.basePerMonth());
    num(o, "afterUsdPerMonth", s.postPerMonth());
    num(o, "ratio", s.ratio());
    num(o, "changeUsdPerMonth", s.increasePerMonth());
  }

  static void num(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else if (Double.isInfinite(v)) {
      o.put(key, v > 0 ? "inf" : "-inf");
    } else {
      o.putNull(key);
    }
  }

  static String write(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "cannot write JSON", e);
    }
  }

  /** The Sankey data as JSON: nodes, links (source, target, valueUsd, goods), months. */
  public static String sankey(Sankey s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("months", s.months());
    root.put("unit", "USD over the months");
    ArrayNode nodes = root.putArray("nodes");
    s.nodes().forEach(n -> nodes.addObject().put("id", n.id()).put("role", n.role()));
    ArrayNode links = root.putArray("links");
    for (Sankey.Link l : s.links()) {
      ObjectNode o = links.addObject();
      o.put("source", l.source());
      o.put("target", l.target());
      o.put("valueUsd", Math.round(l.valueUsd()));
      ArrayNode g = o.putArray("goods");
      l.groups().forEach(g::add);
    }
    return write(root);
  }

  /** One route's monthly series as a table, CSV or JSON. */
  public static String series(String format, RouteSeries s) {
    return switch (format) {
      case "table" -> seriesTable(s);
      case "csv" -> seriesCsv(s);
      case "json" -> seriesJson(s);
      default ->
          throw TechsovException.invalidArgument(
              "unknown format '" + format + "' (use table, csv or json)");
    };
  }

  private static String seriesTable(RouteSeries s) {
    return OutputSink.text(out -> seriesTable(s, out));
  }

  private static void seriesTable(RouteSeries s, PrintWriter out) {
    out.printf(
        "Monthly values of %s on %s (USD), sanction %s, baseline %s%n",
        s.group(), s.label(), Months.format(s.sanctionMonth()), s.design().baseline().label());
    TextTable t =
        new TextTable(
            "month",
            s.origin() + "->" + s.hub(),
            s.hub() + "->" + s.target(),
            s.origin() + "->" + s.target(),
            "");
    for (int m = s.firstMonth(); m <= s.lastMonth(); m++) {
      t.row(
          Months.format(m),
          TextTable.usd(s.blocToHub().get(m)),
          TextTable.usd(s.hubToTarget().get(m)),
          TextTable.usd(s.blocToTarget().get(m)),
          s.phase(m));
    }
    t.print(out);
    out.printf(
        "per month, baseline -> after: %s->%s %s -> %s (%s), %s->%s %s -> %s (%s), %s->%s %s -> %s"
            + " (%s)%n",
        s.origin(),
        s.hub(),
        TextTable.usd(s.surge(s.blocToHub()).basePerMonth()),
        TextTable.usd(s.surge(s.blocToHub()).postPerMonth()),
        ratio(s.surge(s.blocToHub())),
        s.hub(),
        s.target(),
        TextTable.usd(s.surge(s.hubToTarget()).basePerMonth()),
        TextTable.usd(s.surge(s.hubToTarget()).postPerMonth()),
        ratio(s.surge(s.hubToTarget())),
        s.origin(),
        s.target(),
        TextTable.usd(s.surge(s.blocToTarget()).basePerMonth()),
        TextTable.usd(s.surge(s.blocToTarget()).postPerMonth()),
        ratio(s.surge(s.blocToTarget())));
    out.println("  " + s.hubToTargetSource());
  }

  static String seriesCsv(RouteSeries s) {
    CircumventionTables.Table t = CircumventionTables.series(s);
    return OutputSink.csv(
        w -> {
          w.writeRecord(t.header());
          for (List<String> row : t.rows()) {
            w.writeRecord(row);
          }
        });
  }

  static String seriesJson(RouteSeries s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("origin", s.origin());
    root.put("hub", s.hub());
    root.put("target", s.target());
    root.put("goods", s.group());
    root.put("sanctionMonth", Months.format(s.sanctionMonth()));
    root.put("baseline", s.design().baseline().label());
    root.put("hubToTargetSource", s.hubToTargetSource());
    surge(root.putObject("blocToHub"), s.surge(s.blocToHub()));
    surge(root.putObject("hubToTarget"), s.surge(s.hubToTarget()));
    surge(root.putObject("blocToTarget"), s.surge(s.blocToTarget()));
    ArrayNode months = root.putArray("months");
    for (int m = s.firstMonth(); m <= s.lastMonth(); m++) {
      ObjectNode o = months.addObject();
      o.put("month", Months.format(m));
      o.put("phase", s.phase(m));
      num(o, "blocToHubUsd", s.blocToHub().get(m));
      num(o, "hubToTargetUsd", s.hubToTarget().get(m));
      num(o, "blocToTargetUsd", s.blocToTarget().get(m));
    }
    return write(root);
  }
}
