package org.techsov.ingest.reported;

import java.util.Locale;
import org.techsov.ingest.rows.RowError;

/**
 * Reads values and quantities as statistics write them. Eurostat marks unavailable cells with
 * {@code :} and confidential ones with {@code c} or {@code :c}; a negative value is a correction of
 * an earlier figure, which techsov does not net (load the revised release instead).
 */
final class Values {
  private Values() {}

  /** A value: finite, non-negative; markers and negatives are refused with the reason. */
  static double value(String field, String raw) {
    if (isPlainNumber(raw)) {
      return Double.parseDouble(raw);
    }
    String t = raw == null ? "" : raw.strip().replace(" ", "");
    String lower = t.toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      throw new RowError(field, raw, "value missing");
    }
    if (lower.equals("c") || lower.equals(":c") || lower.startsWith("conf")) {
      throw RowError.aggregate(
          field,
          raw,
          "value confidential (marker '" + raw + "'): suppressed by the reporter, not zero");
    }
    if (lower.equals(":") || lower.equals("-") || lower.equals("na") || lower.equals("..")) {
      throw new RowError(field, raw, "value not available (marker '" + raw + "')");
    }
    double v = number(field, raw, t);
    if (v < 0) {
      throw new RowError(
          field,
          raw,
          "negative value: a correction of an earlier figure, not netted; load the revised release"
              + " with --replace instead");
    }
    return v;
  }

  /** Three upper-case letters, as ISO 4217 writes currencies. */
  static boolean isCurrencyCode(String s) {
    if (s.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char ch = s.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Digits with at most one dot: the common case, read without further checks. */
  private static boolean isPlainNumber(String s) {
    int n = s == null ? 0 : s.length();
    if (n == 0 || n > 17) {
      return false;
    }
    boolean dot = false;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch == '.' && !dot && i > 0) {
        dot = true;
      } else if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  /** A quantity, or NaN when missing or marked unavailable; negatives are refused. */
  static double quantity(String field, String raw) {
    String t = raw == null ? "" : raw.strip().replace(" ", "");
    if (t.isEmpty() || t.startsWith(":") || t.equalsIgnoreCase("na") || t.equals("-")) {
      return Double.NaN;
    }
    double v = number(field, raw, t);
    if (v < 0) {
      throw new RowError(field, raw, "negative quantity");
    }
    return v;
  }

  private static double number(String field, String raw, String t) {
    try {
      double v = Double.parseDouble(t);
      if (!Double.isFinite(v)) {
        throw new RowError(field, raw, "not a finite number");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new RowError(field, raw, "not a number");
    }
  }
}
