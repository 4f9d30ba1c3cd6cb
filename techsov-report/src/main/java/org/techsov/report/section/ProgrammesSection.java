package org.techsov.report.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.techsov.core.forecast.Forecast;
import org.techsov.core.forecast.ForecastOptions;
import org.techsov.core.forecast.ThresholdOutlook;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.ProgrammeForecast;
import org.techsov.core.programme.ProgrammeForecaster;
import org.techsov.core.programme.Scorecard;
import org.techsov.core.programme.ScorecardOptions;
import org.techsov.core.programme.Series;
import org.techsov.core.programme.Target;
import org.techsov.report.Block;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportSection;
import org.techsov.report.Section;

/**
 * The country's substitution programmes: for each programme's headline series and each series with
 * an official target, the latest reading and each target with the diffusion forecast's probability
 * of meeting it, every figure with its source.
 */
public final class ProgrammesSection implements ReportSection {
  static final String TITLE = "Substitution programmes";

  /** The forecasts run at least to this year, further when a target's deadline is later. */
  static final int HORIZON = 2030;

  @Override
  public Section build(ReportInput in) {
    ReportRequest r = in.request();
    Catalogue catalogue = in.catalogue();
    List<Programme> programmes =
        catalogue.programmes().stream()
            .filter(p -> r.country().alpha3().equals(p.country()))
            .toList();
    if (programmes.isEmpty()) {
      return new Section(
          TITLE,
          List.of(
              new Block.Paragraph(
                  "The catalogue holds no substitution programme of " + r.country() + ".")));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            "Each programme's headline series and every series with an official target: the"
                + " latest reading with its source, and each official target with its status on "
                + r.blocDate()
                + " (as the scorecard below judges it) and, where the series can be forecast, the"
                + " share of the diffusion forecast's bootstrap curves that reach it by its"
                + " deadline (Bass, logistic or Gompertz, whichever fits best). Readings are as"
                + " the sources state them."));
    List<List<String>> rows = new ArrayList<>();
    List<Block> lines = new ArrayList<>();
    Map<String, String> cited = new TreeMap<>();
    Map<String, String> status = new TreeMap<>();
    Scorecard.evaluate(
            catalogue, ScorecardOptions.asOf(r.blocDate()).withCountry(r.country().alpha3()))
        .forEach(l -> status.put(l.id(), l.status().label()));
    for (Programme p : programmes) {
      for (int i = 0; i < p.series().size(); i++) {
        Series series = p.series().get(i);
        if (i == 0 || !series.targets().isEmpty()) {
          Status s = status(p, series, catalogue, cited, status);
          rows.addAll(s.rows());
          lines.add(new Block.Paragraph(s.line()));
        }
      }
    }
    blocks.add(
        new Block.Table(
            List.of("series", "latest", "as of", "target", "by", "status", "P(met)"), rows));
    blocks.addAll(lines);
    List<List<String>> sources = new ArrayList<>();
    cited.forEach((id, title) -> sources.add(List.of(id, title)));
    blocks.add(new Block.Table(List.of("source", "title"), sources));
    blocks.add(
        new Block.Paragraph(
            "Reproduce with: techsov forecast PROGRAMME --target "
                + HORIZON
                + " (programmes: "
                + String.join(", ", programmes.stream().map(Programme::id).toList())
                + ")"));
    return new Section(TITLE, blocks);
  }

  /**
   * A programme's status: table rows (one per target) and the same in a sentence.
   *
   * @param rows the table rows
   * @param line the sentence
   */
  private record Status(List<List<String>> rows, String line) {}

  private static Status status(
      Programme p,
      Series s,
      Catalogue catalogue,
      Map<String, String> cited,
      Map<String, String> scorecard) {
    String id = p.id() + "/" + s.id();
    Figure latest =
        s.observations().stream()
            .filter(f -> f.asOf() != null)
            .max(Comparator.comparingDouble(f -> f.asOf().midpoint()))
            .orElse(null);
    String reading = latest == null ? "" : latest.quantity().toString();
    String asOf = latest == null ? "" : latest.asOf().toString();
    String source = latest == null ? "" : cite(latest, catalogue, cited);
    StringBuilder line =
        new StringBuilder(p.name())
            .append(": ")
            .append(s.measure().description())
            .append(" (")
            .append(s.measure().unit())
            .append(")");
    line.append(
        latest == null
            ? ", no dated reading."
            : ", " + reading + " as of " + asOf + " (source " + source + ").");
    List<List<String>> rows = new ArrayList<>();
    if (s.targets().isEmpty()) {
      rows.add(List.of(id, reading, asOf, "none set", "", "", ""));
      line.append(" No official target.");
      return new Status(rows, line.toString());
    }
    Map<String, ThresholdOutlook> outlooks = outlooks(p, s);
    for (Target t : s.targets()) {
      ThresholdOutlook o = outlooks.get(t.id());
      String by = t.deadline() == null ? "" : t.deadline().toString();
      String chance = o == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * o.probability());
      String targetSource = cite(t.figure(), catalogue, cited);
      String standing = scorecard.getOrDefault(id + "/" + t.id(), "");
      rows.add(List.of(id, reading, asOf, t.figure().quantity().toString(), by, standing, chance));
      line.append(" Target: ")
          .append(t.description())
          .append(" (")
          .append(t.setBy())
          .append(", source ")
          .append(targetSource)
          .append(standing.isEmpty() ? "" : "): " + standing)
          .append(
              o == null
                  ? "."
                  : String.format(
                      Locale.ROOT,
                      "; the forecast gives it a %.0f%% chance.",
                      100 * o.probability()));
    }
    return new Status(rows, line.toString());
  }

  private static Map<String, ThresholdOutlook> outlooks(Programme p, Series s) {
    int horizon = HORIZON;
    for (Target t : s.targets()) {
      if (t.deadline() != null) {
        horizon = Math.max(horizon, (int) Math.ceil(t.deadline().end()));
      }
    }
    ProgrammeForecast f =
        ProgrammeForecaster.forecast(
            p,
            s.id(),
            new ForecastOptions(
                horizon, ForecastOptions.DEFAULT_RESAMPLES, ForecastOptions.DEFAULT_SEED));
    Map<String, ThresholdOutlook> out = new TreeMap<>();
    if (f.forecast() instanceof Forecast.Fitted fit) {
      fit.outlooks().forEach(o -> out.put(o.threshold().id(), o));
    }
    return out;
  }

  static String cite(Figure f, Catalogue catalogue, Map<String, String> cited) {
    if (f.citation() == null) {
      return "";
    }
    String id = f.citation().source();
    cited.put(id, catalogue.source(id).map(s -> s.title()).orElse(""));
    return id;
  }
}
