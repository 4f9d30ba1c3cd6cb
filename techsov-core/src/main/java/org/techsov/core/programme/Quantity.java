package org.techsov.core.programme;

import java.util.Locale;
import java.util.Objects;
import org.techsov.core.error.TechsovException;

/**
 * A number as a source states it.
 *
 * @param value the number (the low end of a range)
 * @param upper the high end of a range; NaN unless {@code qualifier} is {@link Qualifier#RANGE}
 * @param qualifier how the source qualifies it
 * @param unit unit as text, e.g. {@code %}, {@code mn cards}, {@code nm}, {@code USD bn}
 */
public record Quantity(double value, double upper, Qualifier qualifier, String unit) {
  public Quantity {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value)) {
      throw TechsovException.invalidArgument("a quantity must be a finite number: " + value);
    }
    if (qualifier == Qualifier.RANGE ? !(upper > value) : !Double.isNaN(upper)) {
      throw TechsovException.invalidArgument(
          "a range needs an upper end above its value, and only a range has one: "
              + value
              + ", "
              + upper);
    }
  }

  public static Quantity of(double value, String unit) {
    return new Quantity(value, Double.NaN, Qualifier.EXACT, unit);
  }

  public static Quantity range(double low, double high, String unit) {
    return new Quantity(low, high, Qualifier.RANGE, unit);
  }

  /** The quantity as a reader would say it: "more than 50 components", "30-50 technologies". */
  @Override
  public String toString() {
    String number =
        switch (qualifier) {
          case EXACT -> format(value);
          case ABOUT -> "about " + format(value);
          case MORE_THAN -> "more than " + format(value);
          case LESS_THAN -> "less than " + format(value);
          case RANGE -> format(value) + "-" + format(upper);
        };
    if (unit.isEmpty()) {
      return number;
    }
    return unit.equals("%") ? number + "%" : number + " " + unit;
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%s", v);
  }
}
