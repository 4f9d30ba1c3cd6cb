package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.techsov.core.stats.Quantiles;

/**
 * Uncertainty from month-to-month noise: the post months are drawn with replacement, each with the
 * baseline months it is matched to, and the estimates recomputed. Percentile intervals (2.5%,
 * 97.5%) come from the draws, and the bootstrap p-value of a surge is the share of draws whose
 * ratio is not above one.
 *
 * @param did the 95% interval of the difference-in-differences estimate
 * @param ratio the 95% interval of the surge ratio of the treated goods
 * @param ratioPValue share of draws with a surge ratio of at most one (NaN when none is defined)
 */
public record MonthBootstrap(Interval did, Interval ratio, double ratioPValue) {
  /**
   * One chapter's monthly series: the listed goods of the route and the control goods.
   *
   * @param treated the listed goods, summed
   * @param control the control goods of the chapter, summed
   */
  public record Chapter(MonthSeries treated, MonthSeries control) {}

  public static MonthBootstrap run(
      MatchedDesign design, List<Chapter> chapters, int draws, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = design.postCount();
    double[] betas = new double[draws];
    double[] ratios = new double[draws];
    int notAbove = 0;
    int definedRatios = 0;
    int[] draw = new int[n];
    for (int b = 0; b < draws; b++) {
      for (int i = 0; i < n; i++) {
        draw[i] = r.nextInt(n);
      }
      double tb = 0;
      double tp = 0;
      List<DidStratum> strata = new ArrayList<>();
      for (Chapter c : chapters) {
        double cb = design.base(c.treated(), draw);
        double cp = design.post(c.treated(), draw);
        tb += cb;
        tp += cp;
        strata.add(
            new DidStratum(cb, cp, design.base(c.control(), draw), design.post(c.control(), draw)));
      }
      betas[b] = PpmlDid.estimate(strata);
      ratios[b] = tb > 0 ? tp / tb : Double.NaN;
      if (!Double.isNaN(ratios[b])) {
        definedRatios++;
        if (ratios[b] <= 1) {
          notAbove++;
        }
      }
    }
    double p = definedRatios == 0 ? Double.NaN : (1.0 + notAbove) / (1.0 + definedRatios);
    return new MonthBootstrap(percentile(betas), percentile(ratios), p);
  }

  /** The 2.5% and 97.5% quantiles of the finite draws, or NONE when fewer than 10 are finite. */
  static Interval percentile(double[] values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (finite.length < 10) {
      return Interval.NONE;
    }
    return new Interval(Quantiles.ofSorted(finite, 0.025), Quantiles.ofSorted(finite, 0.975));
  }
}
