package org.techsov.cli.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.techsov.core.forecast.DecimalYear;

/** Helpers shared by the catalogue commands' table, CSV and JSON output. */
public final class Formats {
  private Formats() {}

  /** {@code table}, {@code csv} or {@code json}, or a user error. */
  public static String check(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!List.of("table", "csv", "json").contains(f)) {
      throw OutputFormat.unknown(format);
    }
    return f;
  }

  public static String csv(List<List<String>> rows) {
    return OutputSink.csv(w -> rows.forEach(w::writeRecord));
  }

  /** A number for CSV: empty when not finite. */
  public static String cell(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "";
  }

  /** A decimal year as year-month, e.g. 2026-02; empty for NaN. */
  public static String month(double decimalYear) {
    if (Double.isNaN(decimalYear)) {
      return "";
    }
    LocalDate d = DecimalYear.toDate(decimalYear);
    return String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
  }

  /** A level as a source would state it: whole numbers without decimals (40, 27.5). */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%s", v);
  }

  /** A value in a series' unit with sensible precision: 51.6, 0.123, 1234. */
  public static String value(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    double a = Math.abs(v);
    String f = a >= 1000 ? "%.0f" : a >= 1 ? "%.1f" : "%.3f";
    return String.format(Locale.ROOT, f, v);
  }
}
