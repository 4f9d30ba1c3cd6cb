package org.techsov.ingest.catalogue;

import java.util.Locale;

/** Spelling shared by the reader and the writer, so that what one writes the other reads. */
final class Writing {
  private Writing() {}

  /** {@code AT_LEAST} as {@code at-least}. */
  static String keyword(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whole numbers without a decimal point, others as written by Java. */
  static Object number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return (long) v;
    }
    return v;
  }
}
