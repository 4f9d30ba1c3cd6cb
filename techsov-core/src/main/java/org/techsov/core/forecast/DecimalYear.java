package org.techsov.core.forecast;

import java.time.LocalDate;

/** Conversions between dates and decimal years, the forecasts' time axis. */
public final class DecimalYear {
  private DecimalYear() {}

  /** The start of {@code date} as a decimal year: 1 January 2021 is 2021.0. */
  public static double of(LocalDate date) {
    return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
  }

  /** The date containing decimal year {@code t}. */
  public static LocalDate toDate(double t) {
    int year = (int) Math.floor(t);
    LocalDate start = LocalDate.of(year, 1, 1);
    int day = (int) Math.floor((t - year) * start.lengthOfYear());
    return start.plusDays(Math.min(day, start.lengthOfYear() - 1));
  }
}
