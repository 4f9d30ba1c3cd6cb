package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The one-sided permutation p-value of "listed goods grew more than unlisted goods of the same
 * chapters": how often moving the "listed" labels to other products of the same chapters gives a
 * difference at least as large.
 *
 * <p>The statistic counts every product once (the effect size, {@link PpmlDid}, weighs them by
 * value): the difference between the mean growth of listed and control products, chapter by
 * chapter, averaged with the chapters' numbers of listed products as weights. Growth is the
 * mid-point rate {@code g = (post - base) / ((post + base) / 2)}, in {@code [-2, 2]}, which keeps
 * products that appear or vanish. With one listed product the test is exact: every product of its
 * chapter takes the label once, {@code p = #{T_j >= T} / n}. Otherwise random relabellings are
 * drawn (seeded), stopping early once {@value #EXCEEDANCES} of them reach the statistic (Besag and
 * Clifford 1991: {@code p = h / l}), else {@code p = (1 + g) / (1 + R)} after {@code R} draws with
 * {@code g} exceedances.
 */
public final class PermutationTest {
  static final int EXCEEDANCES = 10;

  private PermutationTest() {}

  /** Mid-point growth of a product, 0 when it had no trade at all. */
  static double growth(double base, double post) {
    double mid = (base + post) / 2;
    return mid > 0 ? (post - base) / mid : 0;
  }

  /** The p-value, or NaN when no chapter has both listed and control products. */
  public static double pValue(List<PermutationUnit> units, int draws, long seed) {
    Strata s = new Strata(units);
    if (s.informative == 0) {
      return Double.NaN;
    }
    double observed = s.statistic(s.observed);
    if (s.treatedCount() == 1) {
      return s.exact(observed);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int exceed = 0;
    for (int l = 1; l <= draws; l++) {
      if (s.statistic(s.draw(random)) >= observed - 1e-12) {
        exceed++;
        if (exceed == EXCEEDANCES) {
          return (double) EXCEEDANCES / l;
        }
      }
    }
    return (1.0 + exceed) / (1.0 + draws);
  }

  /** The units' growths by stratum, with stratum sums for fast relabelling. */
  private static final class Strata {
    final List<double[]> growth = new ArrayList<>();
    final List<int[]> observed = new ArrayList<>();
    final double[] sum;
    final int[] treated;
    int informative;

    Strata(List<PermutationUnit> units) {
      Map<Integer, List<PermutationUnit>> by = new LinkedHashMap<>();
      units.forEach(u -> by.computeIfAbsent(u.stratum(), k -> new ArrayList<>()).add(u));
      sum = new double[by.size()];
      treated = new int[by.size()];
      int c = 0;
      for (List<PermutationUnit> list : by.values()) {
        double[] g = new double[list.size()];
        List<Integer> t = new ArrayList<>();
        for (int i = 0; i < g.length; i++) {
          g[i] = growth(list.get(i).base(), list.get(i).post());
          sum[c] += g[i];
          if (list.get(i).treated()) {
            t.add(i);
          }
        }
        growth.add(g);
        observed.add(t.stream().mapToInt(Integer::intValue).toArray());
        treated[c] = t.size();
        if (t.size() > 0 && t.size() < g.length) {
          informative++;
        }
        c++;
      }
    }

    int treatedCount() {
      int n = 0;
      for (int c = 0; c < treated.length; c++) {
        if (treated[c] > 0 && treated[c] < growth.get(c).length) {
          n += treated[c];
        }
      }
      return n;
    }

    /** Listed-count-weighted mean over chapters of (mean listed growth - mean control growth). */
    double statistic(List<int[]> chosen) {
      double t = 0;
      int weight = 0;
      for (int c = 0; c < growth.size(); c++) {
        int k = treated[c];
        int n = growth.get(c).length;
        if (k == 0 || k == n) {
          continue;
        }
        double s = 0;
        for (int i : chosen.get(c)) {
          s += growth.get(c)[i];
        }
        t += k * (s / k - (sum[c] - s) / (n - k));
        weight += k;
      }
      return t / weight;
    }

    /** Each product of the one informative chapter takes the single label once. */
    double exact(double observedStatistic) {
      for (int c = 0; c < growth.size(); c++) {
        if (treated[c] > 0 && treated[c] < growth.get(c).length) {
          int atLeast = 0;
          int n = growth.get(c).length;
          for (int j = 0; j < n; j++) {
            List<int[]> one = new ArrayList<>(observed);
            one.set(c, new int[] {j});
            if (statistic(one) >= observedStatistic - 1e-12) {
              atLeast++;
            }
          }
          return (double) atLeast / n;
        }
      }
      return Double.NaN;
    }

    List<int[]> draw(SplittableRandom r) {
      List<int[]> out = new ArrayList<>();
      for (int c = 0; c < growth.size(); c++) {
        int n = growth.get(c).length;
        int k = treated[c];
        int[] m = new int[n];
        for (int i = 0; i < n; i++) {
          m[i] = i;
        }
        for (int i = 0; i < k; i++) {
          int pick = i + r.nextInt(n - i);
          int tmp = m[i];
          m[i] = m[pick];
          m[pick] = tmp;
        }
        out.add(java.util.Arrays.copyOf(m, k));
      }
      return out;
    }
  }
}
