package org.techsov.core.reference;

import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * A Harmonized System code at chapter, heading or subheading level, written as 2, 4 or 6 digits
 * with leading zeros ({@code "01"}, {@code "8542"}, {@code "854231"}). The revision is carried
 * separately, by the dataset the code belongs to.
 */
public record HsCode(String code) implements Comparable<HsCode> {
  public HsCode {
    if (!isWellFormed(code)) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_PRODUCT,
          "not an HS code: '" + code + "' (expected 2, 4 or 6 digits, chapter 01-99 but not 77)");
    }
  }

  /**
   * True for 2, 4 or 6 digits whose chapter is 01-99 but not 77. Chapter 77 is reserved; chapters
   * 98 and 99 are reserved for national and special use (BACI reports 999999, "commodities not
   * specified according to kind").
   */
  public static boolean isWellFormed(String code) {
    if (code == null) {
      return false;
    }
    int n = code.length();
    if (n != 2 && n != 4 && n != 6) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int chapter = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    return chapter >= 1 && chapter != 77;
  }

  /** Parses text, restoring a leading zero lost by spreadsheets (5 digits to 6, 3 to 4, 1 to 2). */
  public static HsCode parse(String text) {
    String t = text == null ? null : text.trim();
    if (t != null && (t.length() == 5 || t.length() == 3 || t.length() == 1)) {
      t = "0" + t;
    }
    return new HsCode(t);
  }

  /** A 6-digit code from its integer form, e.g. {@code 10121} becomes {@code "010121"}. */
  public static HsCode ofHs6(int code) {
    return new HsCode(String.format(java.util.Locale.ROOT, "%06d", code));
  }

  public HsLevel level() {
    return HsLevel.ofDigits(code.length());
  }

  /** The code truncated to a coarser level. */
  public HsCode truncate(HsLevel level) {
    if (level.digits() > code.length()) {
      throw new IllegalArgumentException("cannot refine " + code + " to " + level);
    }
    return level.digits() == code.length() ? this : new HsCode(code.substring(0, level.digits()));
  }

  /** True if this code equals {@code prefix} or lies below it in the hierarchy. */
  public boolean isWithin(HsCode prefix) {
    return code.startsWith(prefix.code);
  }

  public int chapter() {
    return Integer.parseInt(code.substring(0, 2));
  }

  @Override
  public int compareTo(HsCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
