package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scorecard lines for claims: the check against its series or external measure, and evidence. */
final class ClaimAssessor {
  private ClaimAssessor() {}

  static ScorecardLine line(
      Catalogue catalogue,
      Claim claim,
      ScorecardOptions options,
      double now,
      ForecastCache forecasts) {
    List<EvidenceItem> evidence = new ArrayList<>();
    Attribution said = claim.said();
    evidence.add(
        new EvidenceItem(
            "claim",
            null,
            said.on(),
            EvidenceItem.cite(catalogue, said.citation().source()),
            said.citation().quote()));
    for (String id : claim.evidence().figures()) {
      catalogue
          .figure(id)
          .ifPresent(f -> evidence.add(EvidenceItem.of(label(f.figure()), f.figure(), catalogue)));
    }
    List<String> missing = new ArrayList<>();
    for (String key : claim.evidence().measures()) {
      Optional<ExternalMeasure> m = measure(options, key);
      m.ifPresentOrElse(x -> evidence.add(item(x)), () -> missing.add(key));
    }
    Verdict v = verdict(catalogue, claim, options, now, forecasts);
    for (Figure r : v.readings()) {
      if (r.id() == null || !claim.evidence().figures().contains(r.id())) {
        evidence.add(EvidenceItem.of("reading of " + claim.check().subject(), r, catalogue));
      }
    }
    String reason = v.reason();
    boolean checkNamesIt =
        claim.check() != null
            && claim.check().isMeasure()
            && missing.contains(claim.check().measureKey());
    if (!missing.isEmpty() && !checkNamesIt) {
      reason += "; trade measure(s) not supplied: " + String.join(", ", missing);
    }
    String who = said.speaker() + (said.on() == null ? "" : " (" + said.on() + ")");
    return new ScorecardLine(
        claim.id(), claim.country(), who + ": " + claim.statement(), v.status(), reason, evidence);
  }

  private static Verdict verdict(
      Catalogue catalogue,
      Claim claim,
      ScorecardOptions options,
      double now,
      ForecastCache forecasts) {
    Check check = claim.check();
    if (check == null) {
      return Verdict.of(Status.NOT_MEASURABLE, "states no checkable number; see the evidence");
    }
    if (check.isMeasure()) {
      return measure(options, check.measureKey())
          .map(
              m ->
                  Verdict.of(
                      check.comparison().holds(m.value(), check.level())
                          ? Status.MET
                          : Status.OFF_TRACK,
                      m.description()
                          + ": "
                          + Quantity.format(m.value())
                          + " "
                          + m.unit()
                          + " ("
                          + m.asOf()
                          + "), claim "
                          + check.comparison().symbol()
                          + " "
                          + Quantity.format(check.level())))
          .orElseGet(
              () ->
                  Verdict.of(
                      Status.NOT_MEASURABLE,
                      "needs measure '"
                          + check.measureKey()
                          + "' from another analysis; none supplied"));
    }
    Series series = catalogue.series(check.subject()).orElseThrow();
    return CheckEvaluator.evaluate(
        check, series.observations(), now, () -> forecasts.view(check.subject(), series, check));
  }

  private static Optional<ExternalMeasure> measure(ScorecardOptions options, String key) {
    return options.measures().stream().filter(m -> m.key().equals(key)).findFirst();
  }

  private static EvidenceItem item(ExternalMeasure m) {
    return new EvidenceItem(
        m.description(), Quantity.of(m.value(), m.unit()), m.asOf(), m.origin(), null);
  }

  private static String label(Figure f) {
    return f.label() != null ? f.label() : f.id();
  }
}
