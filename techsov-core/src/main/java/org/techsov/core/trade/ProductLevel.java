package org.techsov.core.trade;

/**
 * How detailed a reported product code is: all goods, an HS chapter, heading or subheading, or an
 * 8-digit code of the EU's Combined Nomenclature (whose first six digits are the HS subheading).
 */
public enum ProductLevel {
  TOTAL(0),
  HS2(2),
  HS4(4),
  HS6(6),
  CN8(8);

  private final int digits;

  ProductLevel(int digits) {
    this.digits = digits;
  }

  /** Number of digits of a code at this level (0 for all goods). */
  public int digits() {
    return digits;
  }

  /** The level of a code with this many digits. */
  public static ProductLevel ofDigits(int digits) {
    for (ProductLevel l : values()) {
      if (l.digits == digits) {
        return l;
      }
    }
    throw new IllegalArgumentException("product codes have 0, 2, 4, 6 or 8 digits, not " + digits);
  }

  /** True if codes at this level carry an HS subheading (HS6 or CN8). */
  public boolean hasSubheading() {
    return digits >= 6;
  }
}
