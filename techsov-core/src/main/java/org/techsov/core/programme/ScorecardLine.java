package org.techsov.core.programme;

import java.util.List;

/**
 * One target or claim on the scorecard.
 *
 * @param id the target's item name or the claim's id
 * @param country ISO alpha-3 code of the country concerned
 * @param statement who wants or says what, in a sentence
 * @param status where it stands
 * @param reason why, with the numbers behind the status
 * @param evidence the figures that bear on it, each with its source
 */
public record ScorecardLine(
    String id,
    String country,
    String statement,
    Status status,
    String reason,
    List<EvidenceItem> evidence) {
  public ScorecardLine {
    evidence = List.copyOf(evidence);
  }
}
