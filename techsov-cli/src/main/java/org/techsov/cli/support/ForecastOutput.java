package org.techsov.cli.support;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.techsov.core.forecast.FanPoint;
import org.techsov.core.forecast.Forecast;
import org.techsov.core.forecast.ModelFit;
import org.techsov.core.forecast.ThresholdOutlook;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.ProgrammeForecast;
import org.techsov.core.programme.Series;
import org.techsov.core.programme.Target;

/** Renders a programme forecast (or its refusal) as a text report, CSV or JSON. */
public final class ForecastOutput {
  private ForecastOutput() {}

  public static String render(String format, ProgrammeForecast pf) {
    return switch (Formats.check(format)) {
      case "csv" -> csv(pf);
      case "json" -> json(pf);
      default -> table(pf);
    };
  }

  /** The text report: models with AICc weights, the fan, and each target's outlook. */
  public static String table(ProgrammeForecast pf) {
    return OutputSink.text(out -> table(pf, out));
  }

  private static void table(ProgrammeForecast pf, PrintWriter out) {
    Series s = pf.series();
    out.println(
        "forecast "
            + pf.label()
            + ": "
            + s.measure().subject()
            + ", "
            + s.measure().description()
            + " ("
            + s.measure().unit()
            + "), "
            + s.observations().size()
            + " observation(s)");
    if (pf.forecast() instanceof Forecast.Refused r) {
      out.println("no forecast: " + r.reason());
      pf.notes().forEach(n -> out.println("note: " + n));
      return;
    }
    Forecast.Fitted f = (Forecast.Fitted) pf.forecast();
    out.println();
    out.println("models, by AICc (the chosen one first):");
    TextTable m = new TextTable("model", "AICc", "weight", "SSE", "parameters");
    for (ModelFit fit : f.candidates()) {
      m.row(
          fit.model().label() + (fit == f.chosen() ? " (chosen)" : ""),
          TextTable.num(fit.aicc(), 2),
          TextTable.num(fit.weight(), 3),
          String.format(Locale.ROOT, "%.4g", fit.sse()),
          parameters(fit));
    }
    m.print(out);
    out.println();
    out.println(
        "fan of the "
            + f.chosen().model().label()
            + " curve at year ends, "
            + s.measure().unit()
            + " (bootstrap: "
            + f.bootstrap().succeeded()
            + " of "
            + f.bootstrap().requested()
            + " resamples, seed "
            + f.bootstrap().seed()
            + "):");
    TextTable fan = new TextTable("end of", "P10", "P50", "P90");
    for (FanPoint p : f.fan()) {
      fan.row(
          Integer.toString((int) Math.round(p.time()) - 1),
          Formats.value(p.p10()),
          Formats.value(p.p50()),
          Formats.value(p.p90()));
    }
    fan.print(out);
    if (!f.outlooks().isEmpty()) {
      out.println();
      out.println("targets:");
      TextTable t =
          new TextTable("target", "level", "by", "P(reached by then)", "P50 crosses", "source");
      for (ThresholdOutlook o : f.outlooks()) {
        Target target = target(s, o);
        t.row(
            o.threshold().id(),
            Formats.number(o.threshold().value()),
            target == null ? endOf(o.threshold().deadline()) : target.deadline(),
            TextTable.pct(o.probability()),
            o.p50Crosses() ? Formats.month(o.p50Crossing()) : "never",
            target == null ? "" : target.figure().citation().source());
      }
      t.print(out);
    }
    List<String> notes = new ArrayList<>(f.notes());
    notes.addAll(pf.notes());
    notes.forEach(n -> out.println("note: " + n));
  }

  /** A deadline at a year end (decimal year Y + 1.0) as "end of Y". */
  private static String endOf(double deadline) {
    return "end of " + ((int) Math.round(deadline) - 1);
  }

  private static Target target(Series s, ThresholdOutlook o) {
    return s.targets().stream()
        .filter(t -> t.id().equals(o.threshold().id()))
        .findFirst()
        .orElse(null);
  }

  private static String parameters(ModelFit fit) {
    List<String> names = fit.curve().parameterNames();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      sb.append(i == 0 ? "" : ", ")
          .append(names.get(i))
          .append('=')
          .append(String.format(Locale.ROOT, "%.4g", fit.params().get(i)));
    }
    return sb.toString();
  }

  static String csv(ProgrammeForecast pf) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "row",
            "series",
            "model",
            "aicc",
            "weight",
            "year_end",
            "p10",
            "p50",
            "p90",
            "target",
            "level",
            "deadline",
            "probability",
            "p50_crossing",
            "note"));
    String label = pf.label();
    if (pf.forecast() instanceof Forecast.Refused r) {
      rows.add(row("refused", label, "", "", "", "", "", "", "", "", "", "", "", "", r.reason()));
      return Formats.csv(rows);
    }
    Forecast.Fitted f = (Forecast.Fitted) pf.forecast();
    String chosen = f.chosen().model().label();
    for (ModelFit m : f.candidates()) {
      rows.add(
          row(
              "model",
              label,
              m.model().label(),
              Formats.cell(m.aicc()),
              Formats.cell(m.weight()),
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              m == f.chosen() ? "chosen" : ""));
    }
    for (FanPoint p : f.fan()) {
      rows.add(
          row(
              "fan",
              label,
              chosen,
              "",
              "",
              Integer.toString((int) Math.round(p.time()) - 1),
              Formats.cell(p.p10()),
              Formats.cell(p.p50()),
              Formats.cell(p.p90()),
              "",
              "",
              "",
              "",
              "",
              ""));
    }
    for (ThresholdOutlook o : f.outlooks()) {
      rows.add(
          row(
              "target",
              label,
              chosen,
              "",
              "",
              "",
              Formats.cell(o.atDeadline().p10()),
              Formats.cell(o.atDeadline().p50()),
              Formats.cell(o.atDeadline().p90()),
              o.threshold().id(),
              Formats.cell(o.threshold().value()),
              Formats.cell(o.threshold().deadline()),
              Formats.cell(o.probability()),
              Formats.cell(o.p50Crossing()),
              ""));
    }
    for (String n : f.notes()) {
      rows.add(row("note", label, "", "", "", "", "", "", "", "", "", "", "", "", n));
    }
    return Formats.csv(rows);
  }

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  static String json(ProgrammeForecast pf) {
    Map<String, Object> doc = new LinkedHashMap<>();
    Series s = pf.series();
    doc.put("programme", pf.programme().id());
    doc.put("series", s.id());
    doc.put("subject", s.measure().subject());
    doc.put("metric", s.measure().description());
    doc.put("unit", s.measure().unit());
    doc.put("observations", s.observations().size());
    if (pf.forecast() instanceof Forecast.Refused r) {
      doc.put("forecast", null);
      doc.put("refused", r.reason());
      doc.put("needed", r.needed());
      return OutputSink.json(doc);
    }
    Forecast.Fitted f = (Forecast.Fitted) pf.forecast();
    List<Map<String, Object>> models = new ArrayList<>();
    for (ModelFit m : f.candidates()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("model", m.model().label());
      x.put("chosen", m == f.chosen());
      x.put("aicc", OutputSink.finite(m.aicc()));
      x.put("weight", OutputSink.finite(m.weight()));
      x.put("sse", OutputSink.finite(m.sse()));
      Map<String, Object> params = new LinkedHashMap<>();
      for (int i = 0; i < m.curve().parameterNames().size(); i++) {
        params.put(m.curve().parameterNames().get(i), OutputSink.finite(m.params().get(i)));
      }
      x.put("parameters", params);
      models.add(x);
    }
    doc.put("models", models);
    List<Map<String, Object>> fan = new ArrayList<>();
    for (FanPoint p : f.fan()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("yearEnd", (int) Math.round(p.time()) - 1);
      x.put("p10", OutputSink.finite(p.p10()));
      x.put("p50", OutputSink.finite(p.p50()));
      x.put("p90", OutputSink.finite(p.p90()));
      fan.add(x);
    }
    doc.put("fan", fan);
    List<Map<String, Object>> targets = new ArrayList<>();
    for (ThresholdOutlook o : f.outlooks()) {
      Map<String, Object> x = new LinkedHashMap<>();
      Target t = target(s, o);
      x.put("target", o.threshold().id());
      x.put("level", o.threshold().value());
      x.put(
          "deadline",
          t == null ? Formats.month(o.threshold().deadline() - 1e-9) : t.deadline().toString());
      x.put("probability", OutputSink.finite(o.probability()));
      x.put("p50Crossing", o.p50Crosses() ? Formats.month(o.p50Crossing()) : null);
      if (t != null) {
        Figure fig = t.figure();
        x.put("source", fig.citation().source());
        x.put("quote", fig.citation().quote());
      }
      targets.add(x);
    }
    doc.put("targets", targets);
    Map<String, Object> boot = new LinkedHashMap<>();
    boot.put("requested", f.bootstrap().requested());
    boot.put("succeeded", f.bootstrap().succeeded());
    boot.put("seed", f.bootstrap().seed());
    doc.put("bootstrap", boot);
    List<String> notes = new ArrayList<>(f.notes());
    notes.addAll(pf.notes());
    doc.put("notes", notes);
    return OutputSink.json(doc);
  }
}
