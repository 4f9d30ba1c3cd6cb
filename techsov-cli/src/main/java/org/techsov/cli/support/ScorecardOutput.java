package org.techsov.cli.support;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.programme.EvidenceItem;
import org.techsov.core.programme.ScorecardLine;
import org.techsov.core.programme.Status;

/** Renders scorecard lines as a text report, CSV (one row per evidence item) or JSON. */
public final class ScorecardOutput {
  private ScorecardOutput() {}

  /**
   * @param asOf the evaluation date
   * @param country the country filter, or null
   * @param notes the trade measures used, or why they are missing
   */
  public static String render(
      String format,
      List<ScorecardLine> lines,
      LocalDate asOf,
      String country,
      List<String> notes) {
    return switch (Formats.check(format)) {
      case "csv" -> csv(lines);
      case "json" -> json(lines, asOf, country, notes);
      default -> OutputSink.text(out -> table(lines, asOf, country, notes, out));
    };
  }

  /** "25 lines: 5 met, 2 on track, 8 off track, 10 not measurable". */
  public static String summary(List<ScorecardLine> lines) {
    Map<Status, Integer> n = new EnumMap<>(Status.class);
    lines.forEach(l -> n.merge(l.status(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    for (Status s : Status.values()) {
      parts.add(n.getOrDefault(s, 0) + " " + s.label());
    }
    return lines.size() + " lines: " + String.join(", ", parts);
  }

  /** One row per line: status, id, statement. */
  public static TextTable overview(List<ScorecardLine> lines) {
    TextTable t = new TextTable("status", "id", "statement");
    for (ScorecardLine l : lines) {
      t.row(l.status().label(), l.id(), l.statement());
    }
    return t;
  }

  private static void table(
      List<ScorecardLine> lines,
      LocalDate asOf,
      String country,
      List<String> notes,
      PrintWriter out) {
    out.println(
        "scorecard as of "
            + asOf
            + (country == null ? "" : ", " + country)
            + ": "
            + summary(lines));
    notes.forEach(n -> out.println("trade measure: " + n));
    out.println();
    overview(lines).print(out);
    for (ScorecardLine l : lines) {
      out.println();
      out.println("[" + l.status().label() + "] " + l.id() + " (" + l.country() + ")");
      out.println("  " + l.statement());
      out.println("  why: " + l.reason());
      out.println("  evidence:");
      for (EvidenceItem e : l.evidence()) {
        out.println(
            "  - "
                + e.label()
                + (e.quantity() == null ? "" : ": " + e.quantity())
                + (e.asOf() == null ? "" : " (" + e.asOf() + ")"));
        out.println("    source: " + e.source());
        if (e.quote() != null) {
          out.println("    quote: \"" + e.quote() + "\"");
        }
      }
    }
  }

  static String csv(List<ScorecardLine> lines) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "id",
            "country",
            "status",
            "statement",
            "reason",
            "evidence",
            "value",
            "unit",
            "date",
            "source",
            "quote"));
    for (ScorecardLine l : lines) {
      for (EvidenceItem e : l.evidence()) {
        rows.add(
            List.of(
                l.id(),
                l.country(),
                l.status().label(),
                l.statement(),
                l.reason(),
                e.label(),
                e.quantity() == null ? "" : e.quantity().toString(),
                e.quantity() == null ? "" : e.quantity().unit(),
                e.asOf() == null ? "" : e.asOf().toString(),
                e.source(),
                e.quote() == null ? "" : e.quote()));
      }
    }
    return Formats.csv(rows);
  }

  static String json(
      List<ScorecardLine> lines, LocalDate asOf, String country, List<String> notes) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("asOf", asOf.toString());
    doc.put("country", country);
    doc.put("tradeMeasures", notes);
    List<Map<String, Object>> out = new ArrayList<>();
    for (ScorecardLine l : lines) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.id());
      m.put("country", l.country());
      m.put("status", l.status().label());
      m.put("statement", l.statement());
      m.put("reason", l.reason());
      List<Map<String, Object>> ev = new ArrayList<>();
      for (EvidenceItem e : l.evidence()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("label", e.label());
        x.put("value", e.quantity() == null ? null : OutputSink.finite(e.quantity().value()));
        x.put("stated", e.quantity() == null ? null : e.quantity().toString());
        x.put("date", e.asOf() == null ? null : e.asOf().toString());
        x.put("source", e.source());
        x.put("quote", e.quote());
        ev.add(x);
      }
      m.put("evidence", ev);
      out.add(m);
    }
    doc.put("lines", out);
    return OutputSink.json(doc);
  }
}
