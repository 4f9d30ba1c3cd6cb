package org.techsov.core.circumvention;

import java.util.Locale;
import org.techsov.core.error.TechsovException;
import org.techsov.core.trade.Period;

/**
 * Months as consecutive integers ({@code year * 12 + month - 1}), so that windows and lags are
 * plain arithmetic. The analyses of this package count in these indices.
 */
public final class Months {
  private Months() {}

  public static int index(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month out of range 1..12: " + month);
    }
    return year * 12 + month - 1;
  }

  public static int year(int index) {
    return Math.floorDiv(index, 12);
  }

  public static int month(int index) {
    return Math.floorMod(index, 12) + 1;
  }

  public static Period period(int index) {
    return Period.ofMonth(year(index), month(index));
  }

  /** {@code YYYY-MM}. */
  public static String format(int index) {
    return String.format(Locale.ROOT, "%d-%02d", year(index), month(index));
  }

  /** Parses {@code YYYY-MM} (or {@code YYYYMM}); a user-input error otherwise. */
  public static int parse(String text) {
    String t = text == null ? "" : text.trim();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-?(\\d{2})").matcher(t);
    if (!m.matches()) {
      throw TechsovException.invalidArgument(
          "not a month: '" + text + "' (expected YYYY-MM, e.g. 2022-02)");
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      throw TechsovException.invalidArgument("not a month: '" + text + "' (month must be 01-12)");
    }
    return index(Integer.parseInt(m.group(1)), month);
  }

  /** {@code from..to}, or the single month when they are equal. */
  public static String range(int from, int to) {
    return from == to ? format(from) : format(from) + ".." + format(to);
  }
}
