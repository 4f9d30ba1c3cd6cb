package org.techsov.report.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techsov.core.programme.EvidenceItem;
import org.techsov.core.programme.Scorecard;
import org.techsov.core.programme.ScorecardLine;
import org.techsov.core.programme.ScorecardOptions;
import org.techsov.core.programme.Status;
import org.techsov.report.Block;
import org.techsov.report.ChartSpec;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportSection;
import org.techsov.report.Section;

/**
 * The claims-versus-evidence scorecard of the country: every official target and claim of the
 * catalogue about it with its status on the report's date (met, on track, off track, not
 * measurable), the reason with the numbers, and the sources of every figure.
 */
public final class ScorecardSection implements ReportSection {
  static final String TITLE = "Targets and claims against the evidence";

  @Override
  public Section build(ReportInput in) {
    ReportRequest r = in.request();
    List<ScorecardLine> lines =
        Scorecard.evaluate(
            in.catalogue(), ScorecardOptions.asOf(r.blocDate()).withCountry(r.country().alpha3()));
    if (lines.isEmpty()) {
      return new Section(
          TITLE,
          List.of(
              new Block.Paragraph(
                  "The catalogue holds no target or claim about " + r.country() + ".")));
    }
    Map<String, Double> counts = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      counts.put(s.label(), 0.0);
    }
    lines.forEach(l -> counts.merge(l.status().label(), 1.0, Double::sum));
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            "Every official target and claim about "
                + r.country()
                + " in the catalogue, as of "
                + r.blocDate()
                + ": met (a reading on or before the deadline satisfies it), on track (the deadline"
                + " is ahead and the forecast gives at least even odds), off track (missed, or the"
                + " forecast says it will be) or not measurable (no number to check, or too few"
                + " readings). Trade-based claims are checked by 'techsov scorecard', which"
                + " computes their measures from the stored flows."));
    blocks.add(
        new Block.Chart(
            new ChartSpec(
                "Targets and claims by status",
                ChartSpec.Kind.BAR,
                List.copyOf(counts.keySet()),
                List.of(new ChartSpec.Series("lines", List.copyOf(counts.values()))),
                "targets and claims",
                false)));
    List<List<String>> rows = new ArrayList<>();
    for (ScorecardLine l : lines) {
      rows.add(List.of(l.status().label(), l.id(), Integer.toString(sources(l).size())));
    }
    blocks.add(new Block.Table(List.of("status", "target or claim", "sources"), rows));
    for (ScorecardLine l : lines) {
      blocks.add(
          new Block.Paragraph(
              "["
                  + l.status().label()
                  + "] "
                  + l.id()
                  + ": "
                  + l.statement()
                  + " Why: "
                  + l.reason()
                  + (sources(l).isEmpty() ? "" : " Sources: " + String.join("; ", sources(l)))));
    }
    blocks.add(
        new Block.Paragraph(
            "Reproduce with: techsov scorecard --country "
                + r.country()
                + " --as-of "
                + r.blocDate()));
    return new Section(TITLE, blocks);
  }

  /** The sources of a line's evidence, each once, in order. */
  static List<String> sources(ScorecardLine l) {
    Set<String> out = new LinkedHashSet<>();
    for (EvidenceItem e : l.evidence()) {
      if (e.source() != null && !e.source().isBlank()) {
        out.add(e.source());
      }
    }
    return List.copyOf(out);
  }
}
