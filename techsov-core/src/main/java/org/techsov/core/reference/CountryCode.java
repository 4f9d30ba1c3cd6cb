package org.techsov.core.reference;

import java.util.regex.Pattern;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * A country or territory, identified by its ISO 3166-1 alpha-3 code (for example {@code RUS}).
 * Entities that trade statistics report but ISO does not list (such as BACI's "Other Asia, n.e.s.")
 * use the three-character codes of UN Comtrade, which never clash with ISO codes.
 */
public record CountryCode(String alpha3) implements Comparable<CountryCode> {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z][A-Z0-9]{2}");

  public CountryCode {
    if (alpha3 == null || !ALPHA3.matcher(alpha3).matches()) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_COUNTRY,
          "not a country code: '" + alpha3 + "' (expected three upper-case letters, e.g. RUS)");
    }
  }

  /** Parses a code written in any case, e.g. {@code "rus"}. */
  public static CountryCode of(String text) {
    return new CountryCode(text == null ? null : text.trim().toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  public int compareTo(CountryCode other) {
    return alpha3.compareTo(other.alpha3);
  }

  @Override
  public String toString() {
    return alpha3;
  }
}
