package org.techsov.core.localisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.techsov.core.reference.CountryCode;

/**
 * The body of a rule set in force over {@code [effectiveFrom, effectiveUntil)}. A rule set keeps
 * its versions so that a product can be scored as at any date.
 *
 * @param effectiveFrom first day in force
 * @param effectiveUntil first day no longer in force, or {@code null} while in force
 * @param method how the score is computed
 * @param territory countries whose operations and components count as domestic (one country, or a
 *     union such as the EAEU or USMCA)
 * @param threshold pass mark in the method's unit, possibly changing with the date; {@code null}
 *     when passing means reaching any level
 * @param comparison how the score is held against the threshold and level minima
 * @param levels levels in ascending order of minimum; may be empty
 * @param mandatory conditions that must all hold to pass
 * @param points points table, for {@link ScoringMethod#POINTS}; empty otherwise
 * @param rollUp value shares: count an originating intermediate (made in the territory and meeting
 *     the threshold itself) as wholly originating, ignoring its non-originating materials
 * @param stamp "stamp on the box" detection settings
 * @param illustrative true when some thresholds or points are not published and were made up
 * @param note sources and caveats, shown with every result
 */
public record RuleSetVersion(
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    ScoringMethod method,
    Set<CountryCode> territory,
    Schedule threshold,
    Comparison comparison,
    List<Level> levels,
    List<MandatoryCondition> mandatory,
    PointsTable points,
    boolean rollUp,
    StampRule stamp,
    boolean illustrative,
    String note) {
  public RuleSetVersion {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(method, "method");
    territory = Set.copyOf(territory);
    comparison = comparison == null ? Comparison.AT_LEAST : comparison;
    levels = levels == null ? List.of() : List.copyOf(levels);
    mandatory = mandatory == null ? List.of() : List.copyOf(mandatory);
    points = points == null ? PointsTable.empty() : points;
    stamp = stamp == null ? StampRule.defaults() : stamp;
    note = note == null ? "" : note;
    if (territory.isEmpty()) {
      throw new IllegalArgumentException("a rule set needs at least one territory country");
    }
    if (threshold == null && levels.isEmpty()) {
      throw new IllegalArgumentException("a rule set needs a threshold or levels");
    }
    if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
      throw new IllegalArgumentException("version ends before it starts: " + effectiveFrom);
    }
  }

  /** True if this version is in force on {@code date}. */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom)
        && (effectiveUntil == null || date.isBefore(effectiveUntil));
  }
}
