package org.techsov.core.circumvention;

import java.util.Locale;
import org.techsov.core.error.TechsovException;

/** How the listed goods of a route are grouped. */
public enum RouteLevel {
  /** One route per HS subheading (the METHODS.md default). */
  HS6,
  /** One route per HS heading. */
  HS4,
  /** One route per HS chapter. */
  HS2,
  /** One route per tier of the goods list (e.g. CHPL tier 1, integrated circuits). */
  TIER,
  /** One route per hub for the whole list. */
  LIST;

  public static RouteLevel parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw TechsovException.invalidArgument(
          "unknown level '" + text + "' (use hs6, hs4, hs2, tier or list)");
    }
  }
}
