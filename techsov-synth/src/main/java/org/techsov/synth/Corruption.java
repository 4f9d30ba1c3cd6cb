package org.techsov.synth;

import java.util.SplittableRandom;

/**
 * Damages a known share of rows in known ways, so that tests can check that exactly those rows are
 * rejected, each for its reason. Most kinds replace a good row; a duplicate is an extra row
 * repeating the key of the row before it; a blank line is not a row at all.
 */
public final class Corruption {
  /** Ways a row is damaged. */
  public enum Kind {
    NON_NUMERIC_VALUE,
    NEGATIVE_VALUE,
    NAN_VALUE,
    INFINITE_VALUE,
    UNKNOWN_EXPORTER,
    UNKNOWN_IMPORTER,
    SAME_COUNTRY,
    BAD_PRODUCT,
    MISSING_COLUMN,
    EXTRA_COLUMN,
    NEGATIVE_QUANTITY,
    DUPLICATE_KEY,
    BLANK_LINE;

    /** True if a line of this kind is a data row the importer must count as read and reject. */
    public boolean isRejectedRow() {
      return this != BLANK_LINE;
    }

    /** True if the good row it was made from is lost (not stored). */
    public boolean replacesRow() {
      return this != DUPLICATE_KEY && this != BLANK_LINE;
    }
  }

  /**
   * A damaged line in a written file.
   *
   * @param file the file's name
   * @param line 1-based line number
   * @param kind how it was damaged
   */
  public record Line(String file, long line, Kind kind) {}

  private final double rate;
  private final SplittableRandom random;

  public Corruption(double rate, long seed) {
    if (!(rate >= 0 && rate < 0.5)) {
      throw new IllegalArgumentException("corruption rate must be within 0..0.5: " + rate);
    }
    this.rate = rate;
    this.random = new SplittableRandom(seed);
  }

  /** True if no row is ever damaged. */
  public boolean isNone() {
    return rate == 0;
  }

  public static Corruption none() {
    return new Corruption(0, 0);
  }

  /** Whether to damage the next row, and how; null to keep it. */
  Kind next() {
    if (rate == 0 || random.nextDouble() >= rate) {
      return null;
    }
    Kind[] kinds = Kind.values();
    return kinds[random.nextInt(kinds.length)];
  }

  /** The damaged text of a row (without line end) for kinds that replace a row. */
  static String damage(Kind kind, String row) {
    String[] f = row.split(",", -1);
    switch (kind) {
      case NON_NUMERIC_VALUE -> f[4] = "n/a";
      case NEGATIVE_VALUE -> f[4] = "-" + f[4];
      case NAN_VALUE -> f[4] = "nan";
      case INFINITE_VALUE -> f[4] = "1e400";
      case UNKNOWN_EXPORTER -> f[1] = "999";
      case UNKNOWN_IMPORTER -> f[2] = "998";
      case SAME_COUNTRY -> f[2] = f[1];
      case BAD_PRODUCT -> f[3] = "85X231";
      case NEGATIVE_QUANTITY -> f[5] = "-1.000";
      case MISSING_COLUMN -> {
        return String.join(",", java.util.Arrays.copyOf(f, 5));
      }
      case EXTRA_COLUMN -> {
        return row + ",1.000";
      }
      default -> throw new IllegalArgumentException(kind + " does not replace a row");
    }
    return String.join(",", f);
  }
}
