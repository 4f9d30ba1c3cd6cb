package org.techsov.core.trade;

/**
 * A calendar year or a calendar month.
 *
 * @param year calendar year
 * @param month 1-12 for a month, 0 for the whole year
 */
public record Period(int year, int month) implements Comparable<Period> {
  public Period {
    if (year < 1900 || year > 2200) {
      throw new IllegalArgumentException("year out of range 1900..2200: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range 0..12: " + month);
    }
  }

  public static Period ofYear(int year) {
    return new Period(year, 0);
  }

  public static Period ofMonth(int year, int month) {
    if (month == 0) {
      throw new IllegalArgumentException("month must be 1..12");
    }
    return new Period(year, month);
  }

  public boolean isYear() {
    return month == 0;
  }

  @Override
  public int compareTo(Period o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
  }

  @Override
  public String toString() {
    return month == 0 ? Integer.toString(year) : String.format("%d-%02d", year, month);
  }
}
