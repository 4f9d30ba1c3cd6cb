package org.techsov.ingest.complexity;

/**
 * Parses the fields of the complexity CSV files, recording a problem (and returning a placeholder)
 * for each field that fails its rule, so that one row can report several fields.
 */
final class CsvFields {
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2100;

  private CsvFields() {}

  static int year(String raw, long line, String field, CsvProblems problems) {
    if (raw == null) {
      problems.add(line, field, "", "missing field");
      return 0;
    }
    try {
      int y = Integer.parseInt(raw);
      if (y >= FIRST_YEAR && y <= LAST_YEAR) {
        return y;
      }
      problems.add(line, field, raw, "year must lie within " + FIRST_YEAR + "-" + LAST_YEAR);
    } catch (NumberFormatException e) {
      problems.add(line, field, raw, "not a year");
    }
    return 0;
  }

  static void label(String raw, long line, String field, CsvProblems problems) {
    if (raw == null) {
      problems.add(line, field, "", "missing field");
    } else if (raw.isEmpty()) {
      problems.add(line, field, "", "empty label");
    }
  }

  /** A finite number {@code >= 0} (or {@code > 0} when {@code positive}). */
  static double number(
      String raw, long line, String field, boolean positive, CsvProblems problems) {
    if (raw == null) {
      problems.add(line, field, "", "missing field");
      return 0;
    }
    double v;
    try {
      v = raw.isEmpty() ? Double.NaN : Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      problems.add(line, field, raw, "not a number");
      return 0;
    }
    if (raw.isEmpty()) {
      problems.add(line, field, "", "empty value");
    } else if (!Double.isFinite(v)) {
      problems.add(line, field, raw, "not a finite number");
    } else if (positive ? !(v > 0) : !(v >= 0)) {
      problems.add(line, field, raw, positive ? "must be > 0" : "must be >= 0");
    } else {
      return v;
    }
    return 0;
  }
}
