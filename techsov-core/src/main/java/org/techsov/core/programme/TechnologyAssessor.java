package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scorecard lines for a technology's targets. A process-node target whose deadline is ahead is
 * judged by the pace it needs: [heuristic] faster than the world frontier's historic pace of node
 * shrink counts as off track, at or below it as on track. Other targets are judged on the domestic
 * readings alone.
 */
final class TechnologyAssessor {
  private TechnologyAssessor() {}

  static List<ScorecardLine> lines(Catalogue catalogue, Technology technology, double now) {
    List<ScorecardLine> out = new ArrayList<>();
    for (Target t : technology.targets()) {
      List<TechnologyMetric> domestic = technology.metrics(t.metric(), MetricRole.DOMESTIC);
      List<Figure> readings = domestic.stream().map(TechnologyMetric::figure).toList();
      Check check = new Check(technology.id(), t.comparison(), t.level(), t.deadline());
      Verdict v =
          CheckEvaluator.evaluate(
              check,
              readings,
              now,
              () -> ForecastView.refused("a technology metric is not forecast"));
      if (v.status() == Status.NOT_MEASURABLE
          && TechnologyGap.PROCESS_NODE.equals(t.metric())
          && t.deadline().end() > now) {
        v = byPace(technology, t);
      }
      List<EvidenceItem> evidence = new ArrayList<>();
      evidence.add(EvidenceItem.of("target: " + t.description(), t.figure(), catalogue));
      for (TechnologyMetric m : technology.metrics()) {
        if (m.metric().equals(t.metric()) && m.role() != MetricRole.FRONTIER_HISTORY) {
          evidence.add(EvidenceItem.of(m.holder() + " " + m.metric(), m.figure(), catalogue));
        }
      }
      out.add(
          new ScorecardLine(
              technology.id() + "/" + t.id(),
              technology.country(),
              t.setBy() + ": " + t.description(),
              v.status(),
              v.reason(),
              evidence));
    }
    return out;
  }

  private static Verdict byPace(Technology technology, Target target) {
    TechnologyGap gap = TechnologyGap.processNode(technology);
    NodeTrajectory tr =
        gap.trajectories().stream()
            .filter(x -> x.toNm() == target.level())
            .findFirst()
            .orElseThrow();
    Status status = tr.paceRatio() > 1 ? Status.OFF_TRACK : Status.ON_TRACK;
    String reason =
        String.format(
            Locale.ROOT,
            "needs %.1f node generations (%s to %s nm) in %.1f years, %.2f a year: %.1fx the frontier's"
                + " historic %.2f a year, at which the step took %.1f years [heuristic: faster than"
                + " the frontier ever moved counts as off track]",
            tr.generations(),
            Quantity.format(tr.fromNm()),
            Quantity.format(tr.toNm()),
            tr.byYear() - tr.fromYear(),
            tr.requiredGenerationsPerYear(),
            tr.paceRatio(),
            gap.pace().generationsPerYear(),
            tr.yearsAtHistoricPace());
    return Verdict.of(status, reason, gap.domestic().figure());
  }
}
