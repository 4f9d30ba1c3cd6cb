package org.techsov.core.programme;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.techsov.core.error.TechsovException;
import org.techsov.core.forecast.DecimalYear;

/**
 * A date as precise as its source: a day, month, quarter, half-year, year or span of years. The
 * period is closed, {@code [first, last]}. As a point in time (for fitting) it is the middle of the
 * period; as a deadline it is the end of the period.
 */
public record ReportedDate(LocalDate first, LocalDate last, DatePrecision precision) {
  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-Q([1-4])|-H([12])|/(\\d{4}))?");

  public ReportedDate {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(precision, "precision");
    if (last.isBefore(first)) {
      throw TechsovException.invalidArgument(
          "date span ends before it starts: " + first + "/" + last);
    }
  }

  /**
   * Parses {@code 2021-06-15}, {@code 2021-06}, {@code 2021-Q4}, {@code 2023-H1}, {@code 2021} or
   * {@code 2026/2028}.
   */
  public static ReportedDate parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw TechsovException.invalidArgument(
          "not a date: '"
              + text
              + "' (expected 2021-06-15, 2021-06, 2021-Q4, 2023-H1, 2021 or 2026/2028)");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        return ofDay(
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
      if (m.group(2) != null) {
        LocalDate start = LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
        return new ReportedDate(start, start.plusMonths(1).minusDays(1), DatePrecision.MONTH);
      }
      if (m.group(4) != null) {
        return months(year, (Integer.parseInt(m.group(4)) - 1) * 3 + 1, 3, DatePrecision.QUARTER);
      }
      if (m.group(5) != null) {
        return months(year, (Integer.parseInt(m.group(5)) - 1) * 6 + 1, 6, DatePrecision.HALF);
      }
      if (m.group(6) != null) {
        return new ReportedDate(
            LocalDate.of(year, 1, 1),
            LocalDate.of(Integer.parseInt(m.group(6)), 12, 31),
            DatePrecision.YEARS);
      }
      return ofYear(year);
    } catch (DateTimeException e) {
      throw TechsovException.invalidArgument("not a date: '" + text + "' (" + e.getMessage() + ")");
    }
  }

  public static ReportedDate ofDay(LocalDate day) {
    return new ReportedDate(day, day, DatePrecision.DAY);
  }

  public static ReportedDate ofYear(int year) {
    return new ReportedDate(
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
  }

  private static ReportedDate months(int year, int month, int count, DatePrecision precision) {
    LocalDate start = LocalDate.of(year, month, 1);
    return new ReportedDate(start, start.plusMonths(count).minusDays(1), precision);
  }

  /** The middle of the period as a decimal year: the time a figure is fitted at. */
  public double midpoint() {
    return (DecimalYear.of(first) + DecimalYear.of(last.plusDays(1))) / 2;
  }

  /** The end of the period as a decimal year: the moment a deadline expires. */
  public double end() {
    return DecimalYear.of(last.plusDays(1));
  }

  /** Length of the period in years, e.g. 3 for {@code 2026/2028}. */
  public double spanYears() {
    return end() - DecimalYear.of(first);
  }

  @Override
  public String toString() {
    return switch (precision) {
      case DAY -> first.toString();
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", first.getYear(), first.getMonthValue());
      case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
      case HALF -> first.getYear() + "-H" + ((first.getMonthValue() - 1) / 6 + 1);
      case YEAR -> Integer.toString(first.getYear());
      case YEARS -> first.getYear() + "/" + last.getYear();
    };
  }
}
