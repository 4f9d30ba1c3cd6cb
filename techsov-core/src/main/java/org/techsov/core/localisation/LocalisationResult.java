package org.techsov.core.localisation;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The outcome of scoring one bill of materials under one rule set at one date.
 *
 * @param bomId the bill's id
 * @param ruleSetId the rule set's id
 * @param date the date scored at
 * @param versionFrom effective date of the rule set version applied
 * @param method how the score was computed
 * @param score points, or percent 0-100 for value shares
 * @param threshold pass mark in force on the date, empty when passing means reaching a level
 * @param level highest level reached, or {@code null} when none
 * @param passed score meets the threshold (or a level is reached) and every mandatory condition
 *     holds
 * @param stampOnTheBox only superficial operations (assembly, packing, branding) are done in the
 *     territory; raised whatever the score
 * @param illustrative the rule set uses made-up figures where the real ones are not published
 * @param currency ISO 4217 code of the amounts in the explanation
 * @param explanation every point awarded or refused, component counted, condition checked; empty
 *     when not requested
 */
public record LocalisationResult(
    String bomId,
    String ruleSetId,
    LocalDate date,
    LocalDate versionFrom,
    ScoringMethod method,
    double score,
    OptionalDouble threshold,
    String level,
    boolean passed,
    boolean stampOnTheBox,
    boolean illustrative,
    String currency,
    List<Explanation> explanation) {
  public LocalisationResult {
    explanation = List.copyOf(explanation);
  }

  /** The score's unit: {@code points} or {@code percent}. */
  public String unit() {
    return method.unit();
  }
}
