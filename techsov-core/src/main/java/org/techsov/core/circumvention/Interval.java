package org.techsov.core.circumvention;

/** A two-sided interval, e.g. a 95% confidence interval; NaN bounds when it cannot be formed. */
public record Interval(double low, double high) {
  public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

  public boolean isDefined() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }

  public boolean excludes(double value) {
    return isDefined() && (low > value || high < value);
  }
}
