package org.techsov.core.localisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * A localisation or domestic-content rule set, such as Decree 719's points for integrated circuits
 * or Buy American's component test, with its versions over time.
 *
 * @param id short identifier, e.g. {@code ru-719-microchips}
 * @param title descriptive title
 * @param source the legal instrument(s) and where the figures come from
 * @param versions versions, sorted by effective date on construction; they must not overlap
 */
public record RuleSet(String id, String title, String source, List<RuleSetVersion> versions) {
  public RuleSet {
    Objects.requireNonNull(id, "id");
    title = title == null ? id : title;
    source = source == null ? "" : source;
    List<RuleSetVersion> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(RuleSetVersion::effectiveFrom));
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("rule set " + id + " has no version");
    }
    for (int i = 1; i < sorted.size(); i++) {
      RuleSetVersion before = sorted.get(i - 1);
      LocalDate next = sorted.get(i).effectiveFrom();
      if (before.effectiveUntil() == null || before.effectiveUntil().isAfter(next)) {
        throw new IllegalArgumentException(
            "rule set "
                + id
                + ": the version from "
                + before.effectiveFrom()
                + " overlaps "
                + next);
      }
    }
    versions = List.copyOf(sorted);
  }

  /** The version in force on {@code date}, or a user error naming the dates covered. */
  public RuleSetVersion versionAt(LocalDate date) {
    for (RuleSetVersion v : versions) {
      if (v.isInForceOn(date)) {
        return v;
      }
    }
    throw new TechsovException(
        ErrorCode.INVALID_ARGUMENT,
        "rule set " + id + " has no version in force on " + date + " (versions from " + coverage());
  }

  private String coverage() {
    RuleSetVersion last = versions.get(versions.size() - 1);
    String until = last.effectiveUntil() == null ? "on" : "until " + last.effectiveUntil();
    return versions.get(0).effectiveFrom() + " " + until + ")";
  }
}
