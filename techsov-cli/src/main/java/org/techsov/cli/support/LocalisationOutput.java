package org.techsov.cli.support;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.techsov.core.localisation.Explanation;
import org.techsov.core.localisation.LocalisationResult;

/**
 * Renders localisation scores: a table with one row per bill and rule set, then the rule sets'
 * caveats and (with {@code explain}) every explanation line; or CSV (one row per result, or per
 * explanation line with the result repeated); or JSON.
 */
public final class LocalisationOutput {
  private static final List<String> SUMMARY =
      List.of(
          "bom",
          "rule_set",
          "date",
          "version_from",
          "method",
          "score",
          "unit",
          "threshold",
          "level",
          "passed",
          "stamp_on_the_box",
          "illustrative",
          "currency");

  private LocalisationOutput() {}

  public static String render(OutputFormat format, List<ScoredBill> scored, boolean explain) {
    return switch (format) {
      case TABLE -> table(scored, explain);
      case CSV -> OutputSink.csv(w -> csv(scored, explain, w));
      case JSON -> OutputSink.json(json(scored, explain));
    };
  }

  static String table(List<ScoredBill> scored, boolean explain) {
    TextTable t =
        new TextTable(
            "bill",
            "rule set",
            "date",
            "score",
            "threshold",
            "level",
            "result",
            "stamp on the box",
            "illustrative");
    for (ScoredBill s : scored) {
      LocalisationResult r = s.result();
      t.row(
          r.bomId(),
          r.ruleSetId(),
          r.date(),
          score(r.score(), r.unit()),
          r.threshold().isPresent() ? amount(r.threshold().getAsDouble()) : "a level",
          r.level() == null ? "-" : r.level(),
          r.passed() ? "pass" : "fail",
          r.stampOnTheBox() ? "YES" : "no",
          r.illustrative() ? "yes" : "no");
    }
    return OutputSink.text(
        w -> {
          t.print(w);
          notes(w, scored);
          if (explain) {
            scored.forEach(s -> explanation(w, s.result()));
          }
        });
  }

  private static void notes(PrintWriter w, List<ScoredBill> scored) {
    Map<String, String> notes = new LinkedHashMap<>();
    scored.forEach(s -> notes.putIfAbsent(s.result().ruleSetId(), s.note()));
    notes.values().removeIf(String::isBlank);
    if (notes.isEmpty()) {
      return;
    }
    w.println();
    notes.forEach((id, note) -> w.println("note on " + id + ": " + note.strip()));
  }

  private static void explanation(PrintWriter w, LocalisationResult r) {
    w.println();
    w.println(
        "Why: "
            + r.bomId()
            + " under "
            + r.ruleSetId()
            + " (version from "
            + r.versionFrom()
            + ", "
            + r.method().name().toLowerCase(Locale.ROOT)
            + ") on "
            + r.date()
            + "; values in "
            + r.currency()
            + " per unit of the product");
    TextTable t = new TextTable("what", "subject", "amount", "unit", "reason");
    for (Explanation e : r.explanation()) {
      t.row(kind(e), e.subject(), amountCell(e), unit(e, r), e.reason());
    }
    t.print(w);
  }

  private static void csv(List<ScoredBill> scored, boolean explain, CsvWriter w) {
    List<String> head = new ArrayList<>(SUMMARY);
    if (explain) {
      head.addAll(List.of("kind", "subject", "amount", "amount_unit", "reason"));
    }
    w.writeRecord(head);
    for (ScoredBill s : scored) {
      List<String> summary = summaryCells(s.result());
      if (!explain) {
        w.writeRecord(summary);
        continue;
      }
      for (Explanation e : s.result().explanation()) {
        List<String> row = new ArrayList<>(summary);
        row.addAll(
            List.of(
                e.kind().name().toLowerCase(Locale.ROOT),
                e.subject(),
                Double.toString(e.amount()),
                unit(e, s.result()),
                e.reason()));
        w.writeRecord(row);
      }
    }
  }

  private static List<String> summaryCells(LocalisationResult r) {
    return List.of(
        r.bomId(),
        r.ruleSetId(),
        r.date().toString(),
        r.versionFrom().toString(),
        r.method().name().toLowerCase(Locale.ROOT),
        Double.toString(r.score()),
        r.unit(),
        r.threshold().isPresent() ? Double.toString(r.threshold().getAsDouble()) : "",
        r.level() == null ? "" : r.level(),
        Boolean.toString(r.passed()),
        Boolean.toString(r.stampOnTheBox()),
        Boolean.toString(r.illustrative()),
        r.currency());
  }

  static Map<String, Object> json(List<ScoredBill> scored, boolean explain) {
    List<Map<String, Object>> results = new ArrayList<>();
    for (ScoredBill s : scored) {
      LocalisationResult r = s.result();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("bom", r.bomId());
      m.put("ruleSet", r.ruleSetId());
      m.put("ruleSetTitle", s.ruleSetTitle());
      m.put("date", r.date().toString());
      m.put("versionFrom", r.versionFrom().toString());
      m.put("method", r.method().name().toLowerCase(Locale.ROOT));
      m.put("score", OutputSink.finite(r.score()));
      m.put("unit", r.unit());
      m.put("threshold", r.threshold().isPresent() ? r.threshold().getAsDouble() : null);
      m.put("level", r.level());
      m.put("passed", r.passed());
      m.put("stampOnTheBox", r.stampOnTheBox());
      m.put("illustrative", r.illustrative());
      m.put("currency", r.currency());
      m.put("note", s.note().strip());
      if (explain) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Explanation e : r.explanation()) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
          line.put("subject", e.subject());
          line.put("amount", OutputSink.finite(e.amount()));
          line.put("unit", unit(e, r));
          line.put("reason", e.reason());
          lines.add(line);
        }
        m.put("explanation", lines);
      }
      results.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("results", results);
    return doc;
  }

  /** What the amount counts: points, a value in the result's currency, a factor, a percentage. */
  private static String unit(Explanation e, LocalisationResult r) {
    return switch (e.kind()) {
      case POINTS_AWARDED, POINTS_REFUSED -> "points";
      case MULTIPLIER -> "factor";
      case COMPONENT_DOMESTIC, COMPONENT_FOREIGN -> r.currency();
      case CONDITION_MET, CONDITION_FAILED -> "";
      case STAMP_ON_THE_BOX -> "%";
      case FORMULA, LEVEL -> r.unit().equals("percent") ? "%" : "points";
    };
  }

  private static String amountCell(Explanation e) {
    return switch (e.kind()) {
      case CONDITION_MET, CONDITION_FAILED -> "";
      case COMPONENT_DOMESTIC, COMPONENT_FOREIGN -> money(e.amount());
      default -> amount(e.amount());
    };
  }

  /** Two decimals below a thousand, else whole units with thousands separators. */
  public static String money(double v) {
    return Math.abs(v) < 1000
        ? String.format(Locale.ROOT, "%.2f", v)
        : String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String kind(Explanation e) {
    return e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A score with its unit: {@code 50 points}, {@code 47.60 %}. */
  public static String score(double score, String unit) {
    return unit.equals("percent")
        ? String.format(Locale.ROOT, "%.2f %%", score)
        : amount(score) + " " + unit;
  }

  /** A whole number without decimals, anything else with two. */
  public static String amount(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
