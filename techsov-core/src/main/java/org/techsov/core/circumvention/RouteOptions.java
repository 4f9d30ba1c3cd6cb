package org.techsov.core.circumvention;

/**
 * Thresholds and sampling of the route analysis. Defaults are the heuristics of METHODS.md 2.2.
 *
 * @param minRatio a route is flagged when its surge ratio is at least this (2: Dor's hubs all show
 *     at least +94%)
 * @param minIncreasePerMonth and its increase is at least this many US dollars a month
 * @param alpha false discovery rate at which flagged routes are called significant
 * @param permutations random relabellings of the permutation test
 * @param bootstrap draws of post months for the intervals
 * @param maxLag months by which a hub's exports may follow (or lead) its imports
 * @param cifFob factor dividing the target's CIF imports when they stand in for a hub's exports
 * @param seed seed of every random draw (results are reproducible)
 */
public record RouteOptions(
    double minRatio,
    double minIncreasePerMonth,
    double alpha,
    int permutations,
    int bootstrap,
    int maxLag,
    double cifFob,
    long seed) {
  public RouteOptions {
    if (!(minRatio > 0)) {
      throw new IllegalArgumentException("minRatio must be > 0: " + minRatio);
    }
    if (!(minIncreasePerMonth >= 0)) {
      throw new IllegalArgumentException("minIncreasePerMonth must be >= 0");
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be within (0, 1): " + alpha);
    }
    if (permutations < 19 || bootstrap < 19) {
      throw new IllegalArgumentException("use at least 19 permutations and bootstrap draws");
    }
    if (maxLag < 0 || maxLag > 12) {
      throw new IllegalArgumentException("maxLag must be 0..12: " + maxLag);
    }
    if (!(cifFob >= 1 && cifFob <= 2)) {
      throw new IllegalArgumentException("cifFob must be within 1..2: " + cifFob);
    }
  }

  public static RouteOptions defaults() {
    return new RouteOptions(2.0, 25_000, 0.05, 9999, 199, 3, MirrorGap.DEFAULT_CIF_FOB, 42L);
  }
}
