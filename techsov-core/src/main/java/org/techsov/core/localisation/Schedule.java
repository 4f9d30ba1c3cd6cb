package org.techsov.core.localisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A value that changes on given dates, such as Buy American's 60/65/75 % schedule. Each step holds
 * from its date (inclusive) until the next step's date (exclusive).
 *
 * @param steps the steps, sorted by date on construction; dates must be distinct
 */
public record Schedule(List<Step> steps) {
  /** A value that holds from {@code from} on. */
  public record Step(LocalDate from, double value) {
    public Step {
      Objects.requireNonNull(from, "from");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("schedule value must be finite: " + value);
      }
    }
  }

  public Schedule {
    List<Step> sorted = new ArrayList<>(steps);
    sorted.sort(Comparator.comparing(Step::from));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
        throw new IllegalArgumentException("two schedule steps from " + sorted.get(i).from());
      }
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one step");
    }
    steps = List.copyOf(sorted);
  }

  /** A value that always holds. */
  public static Schedule constant(double value) {
    return new Schedule(List.of(new Step(LocalDate.MIN, value)));
  }

  /** The value in force on {@code date}, or empty before the first step. */
  public OptionalDouble valueAt(LocalDate date) {
    OptionalDouble found = OptionalDouble.empty();
    for (Step s : steps) {
      if (s.from().isAfter(date)) {
        break;
      }
      found = OptionalDouble.of(s.value());
    }
    return found;
  }
}
