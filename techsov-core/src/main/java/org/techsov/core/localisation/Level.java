package org.techsov.core.localisation;

import java.util.Objects;

/**
 * A named localisation level reached when the score meets its minimum (e.g. the microchip levels,
 * India's Class-I and Class-II).
 *
 * @param name level name as shown to users
 * @param minimum minimum score, possibly rising with the date, in the rule set's unit
 * @param note what the level means; empty when not given
 */
public record Level(String name, Schedule minimum, String note) {
  public Level {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(minimum, "minimum");
    note = note == null ? "" : note;
  }
}
