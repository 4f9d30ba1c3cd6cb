package org.techsov.synth;

import java.util.SplittableRandom;

/**
 * The planted sanctions shock, as a multiplier on a link's value in a year. After the shock date
 * the coalition's exports of sanctioned goods to the target collapse, China and the transit hubs
 * take over part of them, and the hubs' own imports of the same goods from the coalition rise (the
 * re-export signature). Years straddling the date are affected pro rata.
 */
final class Shock {
  static final double CHINA_SURGE = 3.2;
  static final double HUB_SURGE = 14.0;
  static final double HUB_PRE_SHOCK = 0.25;
  static final double REEXPORT_SURGE = 2.5;

  private Shock() {}

  /** The jitter of a link-year, drawn first from the link's random stream. */
  static double jitter(SplittableRandom r) {
    return 0.85 + 0.3 * r.nextDouble();
  }

  static double factor(World w, WorldSpec spec, int i, int j, int k, int year, double jitter) {
    return factorAt(w, spec, i, j, k, spec.shockExposure(year), jitter);
  }

  /** The factor at an exposure to the shock between 0 (before) and 1 (after). */
  static double factorAt(World w, WorldSpec spec, int i, int j, int k, double e, double jitter) {
    if (j == w.target) {
      return toTarget(w, spec, i, k, e, jitter);
    }
    if (w.hub[j] && w.coalition[i] && w.sanctioned[k]) {
      return 1 + REEXPORT_SURGE * e * jitter;
    }
    if (i == w.target && w.coalition[j]) {
      return 1 - 0.5 * e;
    }
    return 1;
  }

  private static double toTarget(World w, WorldSpec spec, int i, int k, double e, double jitter) {
    boolean hubPreShock = w.hub[i] && w.sanctioned[k];
    double pre = hubPreShock ? HUB_PRE_SHOCK : 1;
    if (!spec.shock()) {
      return pre;
    }
    if (w.sanctioned[k]) {
      if (w.coalition[i]) {
        return Math.max(0, 1 - Math.min(1, spec.collapse() * jitter) * e);
      }
      if (w.china[i]) {
        return 1 + CHINA_SURGE * e * jitter;
      }
      if (w.hub[i]) {
        return pre * (1 + HUB_SURGE * e * jitter);
      }
      return 1 + 0.8 * e * jitter;
    }
    if (w.coalition[i]) {
      return 1 - 0.45 * e;
    }
    return w.china[i] ? 1 + 0.6 * e : 1 + 0.2 * e;
  }
}
