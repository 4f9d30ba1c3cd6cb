package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.forecast.DecimalYear;

/**
 * Every official target and every claim of a catalogue, classified met, on track, off track or not
 * measurable, with the evidence and its sources (see {@link CheckEvaluator} for the rules).
 */
public final class Scorecard {
  private Scorecard() {}

  /** Lines for programme targets, then technology targets, then claims, in catalogue order. */
  public static List<ScorecardLine> evaluate(Catalogue catalogue, ScorecardOptions options) {
    double now = DecimalYear.of(options.asOf().plusDays(1));
    ForecastCache forecasts = new ForecastCache(options);
    List<ScorecardLine> lines = new ArrayList<>();
    for (Programme p : catalogue.programmes()) {
      if (concerns(options, p.country())) {
        for (Series s : p.series()) {
          for (Target t : s.targets()) {
            lines.add(target(catalogue, p, s, t, now, forecasts));
          }
        }
      }
    }
    for (Technology t : catalogue.technologies()) {
      if (concerns(options, t.country())) {
        lines.addAll(TechnologyAssessor.lines(catalogue, t, now));
      }
    }
    for (Claim c : catalogue.claims()) {
      if (concerns(options, c.country())) {
        lines.add(ClaimAssessor.line(catalogue, c, options, now, forecasts));
      }
    }
    return lines;
  }

  private static ScorecardLine target(
      Catalogue catalogue, Programme p, Series s, Target t, double now, ForecastCache forecasts) {
    String path = p.id() + "/" + s.id();
    Check check = new Check(path, t.comparison(), t.level(), t.deadline());
    Verdict v =
        CheckEvaluator.evaluate(check, s.observations(), now, () -> forecasts.view(path, s, check));
    List<EvidenceItem> evidence = new ArrayList<>();
    evidence.add(EvidenceItem.of("target: " + t.description(), t.figure(), catalogue));
    for (Figure r : v.readings()) {
      evidence.add(
          EvidenceItem.of(s.measure().subject() + ": " + s.measure().description(), r, catalogue));
    }
    return new ScorecardLine(
        path + "/" + t.id(),
        p.country(),
        t.setBy() + ": " + t.description(),
        v.status(),
        v.reason(),
        evidence);
  }

  static boolean concerns(ScorecardOptions options, String country) {
    return options.country() == null || options.country().equalsIgnoreCase(country);
  }
}
