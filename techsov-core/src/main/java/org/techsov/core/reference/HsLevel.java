package org.techsov.core.reference;

/** Levels of the Harmonized System: chapter (2 digits), heading (4), subheading (6). */
public enum HsLevel {
  HS2(2),
  HS4(4),
  HS6(6);

  private final int digits;

  HsLevel(int digits) {
    this.digits = digits;
  }

  public int digits() {
    return digits;
  }

  /** The level with this many digits. */
  public static HsLevel ofDigits(int digits) {
    for (HsLevel l : values()) {
      if (l.digits == digits) {
        return l;
      }
    }
    throw new IllegalArgumentException("HS codes have 2, 4 or 6 digits, not " + digits);
  }
}
