package org.techsov.core.localisation;

import java.util.Objects;

/**
 * One line of a score's explanation.
 *
 * @param kind what the line reports
 * @param subject what it is about: an operation, a part number, a condition id, a level
 * @param amount points for points lines; value in the result's currency for component lines (per
 *     unit of the end product); the score for formula and level lines; 0 when not applicable
 * @param reason why, in words
 */
public record Explanation(ExplanationKind kind, String subject, double amount, String reason) {
  public Explanation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return kind + " " + subject + " " + amount + ": " + reason;
  }
}
