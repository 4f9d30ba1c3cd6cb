package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference-in-differences effect of a sanction on listed goods against unlisted goods of the
 * same HS chapters, estimated by Poisson pseudo-maximum likelihood (PPML, which keeps zeros) on the
 * two-period panel (baseline, post) with product effects and chapter-by-period effects: {@code
 * E[x_pt] = exp(a_p + g_{c(p),t} + beta * treated_p * post_t}.
 *
 * <p>PPML reproduces the totals of every fixed-effect group, so the product effects can be
 * concentrated out and beta solves, with one period effect per chapter, the equations {@code S_Tc
 * s(g_c + beta) + S_Cc s(g_c) = P_c} (each chapter's post total) and {@code sum_c S_Tc s(g_c +
 * beta) = P_T} (the treated post total), where {@code s} is the logistic function and {@code S} a
 * group's baseline plus post total. With one chapter this is the closed form {@code beta =
 * ln(T_post / T_base) - ln(C_post / C_base)}. {@code exp(beta) - 1} is the extra growth of listed
 * goods; the EBRD's "extra 30%" is {@code beta = 0.26}.
 */
public final class PpmlDid {
  private static final int MAX_ITERATIONS = 200;
  private static final double TOLERANCE = 1e-12;

  private PpmlDid() {}

  /**
   * The estimate over the informative chapters; NaN when none is informative, infinite when the
   * treated goods have no trade in one of the periods.
   */
  public static double estimate(List<DidStratum> strata) {
    List<DidStratum> s = new ArrayList<>();
    double treatedPost = 0;
    double treatedAll = 0;
    for (DidStratum d : strata) {
      if (d.isInformative()) {
        s.add(d);
        treatedPost += d.treatedPost();
        treatedAll += d.treated();
      }
    }
    if (s.isEmpty()) {
      return Double.NaN;
    }
    if (treatedPost == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (treatedPost == treatedAll) {
      return Double.POSITIVE_INFINITY;
    }
    if (s.size() == 1) {
      DidStratum d = s.get(0);
      return Math.log(d.treatedPost() / d.treatedBase())
          - Math.log(d.controlPost() / d.controlBase());
    }
    return solve(s, treatedPost);
  }

  /** Bisection on beta (the treated post total rises with it), each chapter solved inside. */
  private static double solve(List<DidStratum> s, double treatedPost) {
    double lo = -50;
    double hi = 50;
    for (int it = 0; it < MAX_ITERATIONS && hi - lo > TOLERANCE; it++) {
      double mid = 0.5 * (lo + hi);
      if (treatedPostAt(s, mid) < treatedPost) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  private static double treatedPostAt(List<DidStratum> s, double beta) {
    double t = 0;
    for (DidStratum d : s) {
      double g = chapterEffect(d, beta);
      t += d.treated() * logistic(g + beta);
    }
    return t;
  }

  /** Solves {@code S_T s(g + beta) + S_C s(g) = P} for g by Newton steps kept inside a bracket. */
  static double chapterEffect(DidStratum d, double beta) {
    double lo = -60;
    double hi = 60;
    double g = 0;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double st = logistic(g + beta);
      double sc = logistic(g);
      double f = d.treated() * st + d.control() * sc - d.post();
      if (Math.abs(f) <= TOLERANCE * Math.max(1, d.post())) {
        return g;
      }
      if (f > 0) {
        hi = g;
      } else {
        lo = g;
      }
      double slope = d.treated() * st * (1 - st) + d.control() * sc * (1 - sc);
      double next = slope > 0 ? g - f / slope : Double.NaN;
      g = next > lo && next < hi ? next : 0.5 * (lo + hi);
    }
    return g;
  }

  static double logistic(double x) {
    return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
  }
}
