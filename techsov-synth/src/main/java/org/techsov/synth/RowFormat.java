package org.techsov.synth;

import java.io.ByteArrayOutputStream;

/** Writes BACI rows ({@code t,i,j,k,v,q}) as ASCII bytes without allocating per row. */
final class RowFormat {
  private RowFormat() {}

  static void row(
      ByteArrayOutputStream out,
      int year,
      int exporter,
      int importer,
      int product,
      double valueK,
      double quantityT) {
    integer(out, year);
    out.write(',');
    integer(out, exporter);
    out.write(',');
    integer(out, importer);
    out.write(',');
    sixDigits(out, product);
    out.write(',');
    milli(out, valueK);
    out.write(',');
    if (Double.isNaN(quantityT)) {
      out.write('N');
      out.write('A');
    } else {
      milli(out, quantityT);
    }
    out.write('\n');
  }

  static void integer(ByteArrayOutputStream out, long v) {
    if (v < 0) {
      out.write('-');
      v = -v;
    }
    if (v >= 10) {
      integer(out, v / 10);
    }
    out.write((int) ('0' + v % 10));
  }

  static void sixDigits(ByteArrayOutputStream out, int v) {
    for (int d = 100000; d >= 1; d /= 10) {
      out.write('0' + (v / d) % 10);
    }
  }

  /** A non-negative number with three decimals, e.g. 12.345. */
  static void milli(ByteArrayOutputStream out, double v) {
    long m = Math.round(v * 1000);
    integer(out, m / 1000);
    out.write('.');
    long f = m % 1000;
    out.write((int) ('0' + f / 100));
    out.write((int) ('0' + (f / 10) % 10));
    out.write((int) ('0' + f % 10));
  }
}
