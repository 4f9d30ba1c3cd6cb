package org.techsov.ingest.reported;

import org.techsov.core.trade.Period;
import org.techsov.ingest.rows.RowError;

/**
 * Reads periods as statistics write them: {@code 2022-02}, {@code 202202}, {@code 2022M02}, {@code
 * 2022} and Eurostat's {@code 202252} for a whole year.
 */
final class Periods {
  private static final java.util.regex.Pattern PERIOD =
      java.util.regex.Pattern.compile("(\\d{4})(?:[-M]?(\\d{2}))?");
  private static final java.util.Map<String, Period> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Periods() {}

  static Period parse(String field, String raw) {
    Period cached = raw == null ? null : CACHE.get(raw);
    if (cached != null) {
      return cached;
    }
    Period p = read(field, raw);
    if (CACHE.size() < 10_000) {
      CACHE.put(raw, p);
    }
    return p;
  }

  private static Period read(String field, String raw) {
    String t = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = PERIOD.matcher(t);
    if (!m.matches()) {
      throw new RowError(field, raw, "not a period (YYYY-MM, YYYYMM or YYYY)");
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1988 || year > 2100) {
      throw new RowError(field, raw, "year outside 1988-2100");
    }
    if (m.group(2) == null || m.group(2).equals("52")) {
      return Period.ofYear(year);
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      throw new RowError(field, raw, "month outside 01-12");
    }
    return Period.ofMonth(year, month);
  }
}
