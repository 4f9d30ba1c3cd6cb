package org.techsov.core.circumvention;

/**
 * A flow after the sanction against its baseline.
 *
 * <p>{@code ratio = post / base} (the surge ratio {@code R} of METHODS.md 2.2.1, with both levels
 * per month), {@code increase = post - base} per month. A flow with no baseline trade has an
 * infinite ratio when it appears and no ratio (NaN) when it stays absent.
 *
 * @param basePerMonth the baseline level, US dollars per month
 * @param postPerMonth the average month after the sanction, US dollars
 */
public record Surge(double basePerMonth, double postPerMonth) {
  public static final Surge NONE = new Surge(0, 0);

  public double ratio() {
    if (basePerMonth > 0) {
      return postPerMonth / basePerMonth;
    }
    return postPerMonth > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
  }

  /** Absolute increase, US dollars per month (negative for a fall). */
  public double increasePerMonth() {
    return postPerMonth - basePerMonth;
  }

  /** Flagged as in METHODS.md: {@code R >= minRatio} and the increase at least {@code floor}. */
  public boolean isSurge(double minRatio, double floor) {
    return ratio() >= minRatio && increasePerMonth() >= floor;
  }

  public boolean hasData() {
    return basePerMonth > 0 || postPerMonth > 0;
  }
}
