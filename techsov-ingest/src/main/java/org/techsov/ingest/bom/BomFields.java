package org.techsov.ingest.bom;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.techsov.core.bom.IsoCodes;
import org.techsov.core.bom.Operation;
import org.techsov.core.bom.SourceLocation;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;

/** Parses the text of one bill-of-materials field, naming file, line and field on error. */
final class BomFields {
  private BomFields() {}

  static TechsovException error(SourceLocation at, String field, String problem) {
    return new TechsovException(ErrorCode.MALFORMED_FILE, at.describe(field) + ": " + problem);
  }

  /** An assigned ISO 3166-1 alpha-3 code; {@code null} or empty gives {@code null}. */
  static CountryCode country(String raw, SourceLocation at, String field) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String t = raw.trim().toUpperCase(Locale.ROOT);
    if (t.length() == 3 && t.chars().allMatch(Character::isLetter)) {
      CountryCode c = new CountryCode(t);
      if (IsoCodes.isKnownCountry(c)) {
        return c;
      }
    }
    throw new TechsovException(
        ErrorCode.UNKNOWN_COUNTRY,
        at.describe(field)
            + ": unknown country '"
            + raw.trim()
            + "' (expected an ISO 3166-1 alpha-3 code, e.g. RUS)");
  }

  static CountryCode requiredCountry(String raw, SourceLocation at, String field) {
    CountryCode c = country(raw, at, field);
    if (c == null) {
      throw error(at, field, "missing (required)");
    }
    return c;
  }

  static String currency(String raw, SourceLocation at, String field) {
    String t = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
    if (!IsoCodes.isKnownCurrency(t)) {
      throw error(
          at, field, "unknown currency '" + raw + "' (expected an ISO 4217 code, e.g. USD)");
    }
    return t;
  }

  static HsCode hs(String raw, SourceLocation at, String field) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (!HsCode.isWellFormed(raw.trim())) {
      throw error(at, field, "not an HS code: '" + raw + "' (2, 4 or 6 digits, quoted in YAML)");
    }
    return new HsCode(raw.trim());
  }

  static double number(String raw, SourceLocation at, String field) {
    try {
      double d = Double.parseDouble(raw.trim());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the raw text
    }
    throw error(at, field, "not a number: '" + raw + "'");
  }

  /** A quantity or value: a finite number >= 0. */
  static double nonNegative(String raw, SourceLocation at, String field) {
    double d = number(raw, at, field);
    if (d < 0) {
      throw error(at, field, "must be >= 0, got " + raw.trim());
    }
    return d;
  }

  static String operationType(String raw, SourceLocation at, String field) {
    try {
      return Operation.normalise(raw == null ? "" : raw);
    } catch (IllegalArgumentException e) {
      throw error(at, field, e.getMessage());
    }
  }

  static LocalDate date(String raw, SourceLocation at, String field) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      throw error(at, field, "not a date: '" + raw + "' (expected YYYY-MM-DD)");
    }
  }

  static boolean bool(String raw, SourceLocation at, String field) {
    String t = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "true", "yes", "y", "1" -> true;
      case "false", "no", "n", "0", "" -> false;
      default -> throw error(at, field, "not a boolean: '" + raw + "' (true or false)");
    };
  }
}
