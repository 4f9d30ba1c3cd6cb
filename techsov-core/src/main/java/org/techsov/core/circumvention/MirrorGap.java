package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.List;

/**
 * What an exporter reports shipping to a partner against what the partner reports receiving
 * (METHODS.md 2.2.4). Imports are valued CIF and exports FOB, so imports are divided by the CIF/FOB
 * factor first: {@code gap = X - M / cifFob}, {@code share = gap / X}. The post-sanction share is
 * compared with the distribution of the monthly shares before the sanction; a share far above it
 * ({@code z = (share_post - mean_pre) / sd_pre}) is "ghost trade": exports recorded that never
 * arrive as imports.
 *
 * @param preMonths months before the sanction with exports, from which the distribution comes
 * @param preMean mean of the monthly gap shares before the sanction
 * @param preSd their sample standard deviation
 * @param postShare the gap share of the post months' totals
 * @param z how many pre-sanction standard deviations the post share lies above the mean
 * @param exports reported exports per month, before and after
 * @param imports reported imports per month, before and after (CIF, not adjusted)
 * @param ghostShareOfIncrease the part of the increase in exports that does not arrive: {@code
 *     (gap_post - gap_pre) / (X_post - X_pre)}, NaN unless exports rose
 */
public record MirrorGap(
    int preMonths,
    double preMean,
    double preSd,
    double postShare,
    double z,
    Surge exports,
    Surge imports,
    double ghostShareOfIncrease) {
  /** The default CIF/FOB factor (the IMF DOTS convention when no bilateral estimate exists). */
  public static final double DEFAULT_CIF_FOB = 1.10;

  /** The gap share of one month, NaN without exports. */
  public static double share(double exports, double imports, double cifFob) {
    return exports > 0 ? (exports - imports / cifFob) / exports : Double.NaN;
  }

  /**
   * Compares the months before {@code sanction} (those in {@code pre}) with the post months.
   *
   * @param pre months before the sanction month that the data cover
   * @param post months after it that the data cover
   */
  public static MirrorGap compare(
      MonthSeries exports, MonthSeries imports, int[] pre, int[] post, double cifFob) {
    if (!(cifFob >= 1 && cifFob <= 2)) {
      throw new IllegalArgumentException("CIF/FOB factor must be within 1..2: " + cifFob);
    }
    List<Double> shares = new ArrayList<>();
    double xPre = 0;
    double mPre = 0;
    for (int m : pre) {
      double s = share(exports.get(m), imports.get(m), cifFob);
      if (!Double.isNaN(s)) {
        shares.add(s);
      }
      xPre += exports.get(m);
      mPre += imports.get(m);
    }
    double xPost = 0;
    double mPost = 0;
    for (int m : post) {
      xPost += exports.get(m);
      mPost += imports.get(m);
    }
    double mean = shares.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double sd = sampleSd(shares, mean);
    double postShare = share(xPost, mPost, cifFob);
    double z = sd > 0 ? (postShare - mean) / sd : Double.NaN;
    Surge x = perMonth(xPre, pre.length, xPost, post.length);
    Surge mm = perMonth(mPre, pre.length, mPost, post.length);
    double gapPre = x.basePerMonth() - mm.basePerMonth() / cifFob;
    double gapPost = x.postPerMonth() - mm.postPerMonth() / cifFob;
    double rise = x.increasePerMonth();
    double ghost = rise > 0 ? (gapPost - gapPre) / rise : Double.NaN;
    return new MirrorGap(shares.size(), mean, sd, postShare, z, x, mm, ghost);
  }

  private static Surge perMonth(double pre, int preN, double post, int postN) {
    return new Surge(preN == 0 ? 0 : pre / preN, postN == 0 ? 0 : post / postN);
  }

  private static double sampleSd(List<Double> v, double mean) {
    if (v.size() < 2) {
      return Double.NaN;
    }
    double s = 0;
    for (double x : v) {
      s += (x - mean) * (x - mean);
    }
    return Math.sqrt(s / (v.size() - 1));
  }

  /** Flagged as ghost trade: the post share lies more than {@code zThreshold} sd above. */
  public boolean isGhostTrade(double zThreshold) {
    return z > zThreshold && postShare > 0;
  }
}
