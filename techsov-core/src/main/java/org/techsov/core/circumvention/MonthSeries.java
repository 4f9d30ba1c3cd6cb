package org.techsov.core.circumvention;

import java.util.Arrays;

/**
 * Monthly values over a contiguous range of months; months without a value are zero (no trade
 * reported for a cell is no trade, once the month itself is covered by the data).
 */
public final class MonthSeries {
  private final int first;
  private final double[] values;

  public MonthSeries(int first, int last) {
    if (last < first) {
      throw new IllegalArgumentException("empty month range");
    }
    this.first = first;
    this.values = new double[last - first + 1];
  }

  public int first() {
    return first;
  }

  public int last() {
    return first + values.length - 1;
  }

  /** The value of a month, zero outside the range. */
  public double get(int month) {
    int i = month - first;
    return i >= 0 && i < values.length ? values[i] : 0;
  }

  public void add(int month, double v) {
    int i = month - first;
    if (i < 0 || i >= values.length) {
      throw new IllegalArgumentException("month " + Months.format(month) + " outside the series");
    }
    values[i] += v;
  }

  /** Adds every month of {@code other} that lies in range. */
  public void addAll(MonthSeries other) {
    for (int m = Math.max(first, other.first); m <= Math.min(last(), other.last()); m++) {
      values[m - first] += other.get(m);
    }
  }

  public double[] toArray() {
    return Arrays.copyOf(values, values.length);
  }

  public boolean isZero() {
    for (double v : values) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }
}
