package org.techsov.core.circumvention;

/**
 * Unit values (US dollars per kilogram of net mass) of a route's two legs before and after the
 * sanction; NaN where no quantity was reported. Goods re-exported through a hub usually arrive
 * dearer than they left the bloc.
 */
public record UnitValues(
    double blocToHubBase, double blocToHubPost, double hubToTargetBase, double hubToTargetPost) {
  public static final UnitValues NONE =
      new UnitValues(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  static double of(double value, double kilograms) {
    return kilograms > 0 ? value / kilograms : Double.NaN;
  }
}
