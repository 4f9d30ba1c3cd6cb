package org.techsov.core.complexity;

import org.techsov.core.error.TechsovException;

/**
 * How much a country depends on imports of one product, as the caller measured it (techsov's
 * dependency analysis, or a user's own figures), for {@link FeasibilityRanking}.
 *
 * @param product product label, as in the complexity result
 * @param importValue the country's imports of the product in the year, same currency unit as the
 *     caller uses elsewhere (current US dollars in techsov), {@code >= 0}
 * @param hhi Herfindahl-Hirschman index of the supplier countries, 0-1; NaN when unknown
 * @param blocShare share of the imports coming from the chosen bloc, 0-1; NaN when unknown
 */
public record ImportDependency(String product, double importValue, double hhi, double blocShare) {
  public ImportDependency {
    if (product == null) {
      throw TechsovException.invalidArgument("import dependency needs a product");
    }
    if (!(importValue >= 0) || Double.isInfinite(importValue)) {
      throw TechsovException.invalidArgument(
          "import value of " + product + " must be finite and >= 0, got " + importValue);
    }
    requireShare(product, "HHI", hhi);
    requireShare(product, "bloc share", blocShare);
  }

  private static void requireShare(String product, String what, double v) {
    if (!Double.isNaN(v) && !(v >= 0 && v <= 1)) {
      throw TechsovException.invalidArgument(
          what + " of " + product + " must lie in [0, 1] or be NaN, got " + v);
    }
  }
}
