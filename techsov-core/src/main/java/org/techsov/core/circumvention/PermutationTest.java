package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one-sided permutation p-value of a difference-in-differences estimate: how often moving the
 * "listed" labels to other products of the same chapters gives an estimate at least as large.
 *
 * <p>With one listed product the test is exact: every product of its chapter takes the label once,
 * {@code p = #{beta_j >= beta} / n}. Otherwise random relabellings are drawn (seeded), stopping
 * early once {@value #EXCEEDANCES} of them reach the estimate (Besag and Clifford 1991: {@code p =
 * h / l}), else {@code p = (1 + g) / (1 + R)} after {@code R} draws with {@code g} exceedances.
 */
public final class PermutationTest {
  static final int EXCEEDANCES = 10;

  private PermutationTest() {}

  /** The p-value, or NaN when the estimate is undefined. */
  public static double pValue(List<PermutationUnit> units, int draws, long seed) {
    Strata s = new Strata(units);
    double observed = PpmlDid.estimate(s.strata(s.observedTreated()));
    if (Double.isNaN(observed)) {
      return Double.NaN;
    }
    if (s.treatedCount() == 1) {
      return exact(s, observed);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int exceed = 0;
    for (int l = 1; l <= draws; l++) {
      double beta = PpmlDid.estimate(s.strata(s.draw(random)));
      if (beta >= observed) {
        exceed++;
        if (exceed == EXCEEDANCES) {
          return (double) EXCEEDANCES / l;
        }
      }
    }
    return (1.0 + exceed) / (1.0 + draws);
  }

  private static double exact(Strata s, double observed) {
    int stratum = s.units.get(s.observedTreated()[0]).stratum();
    int n = 0;
    int atLeast = 0;
    for (int j = 0; j < s.units.size(); j++) {
      if (s.units.get(j).stratum() != stratum) {
        continue;
      }
      n++;
      if (PpmlDid.estimate(s.strata(new int[] {j})) >= observed) {
        atLeast++;
      }
    }
    return (double) atLeast / n;
  }

  /** Units grouped by stratum, with the stratum totals kept for fast relabelling. */
  private static final class Strata {
    final List<PermutationUnit> units;
    final int[] stratumOf;
    final List<int[]> members = new ArrayList<>();
    final int[] treatedPer;
    final double[] base;
    final double[] post;

    Strata(List<PermutationUnit> units) {
      this.units = List.copyOf(units);
      java.util.Map<Integer, Integer> index = new java.util.LinkedHashMap<>();
      stratumOf = new int[units.size()];
      List<List<Integer>> lists = new ArrayList<>();
      for (int j = 0; j < units.size(); j++) {
        Integer k = index.get(units.get(j).stratum());
        if (k == null) {
          k = index.size();
          index.put(units.get(j).stratum(), k);
          lists.add(new ArrayList<>());
        }
        stratumOf[j] = k;
        lists.get(k).add(j);
      }
      treatedPer = new int[lists.size()];
      base = new double[lists.size()];
      post = new double[lists.size()];
      for (int k = 0; k < lists.size(); k++) {
        members.add(lists.get(k).stream().mapToInt(Integer::intValue).toArray());
      }
      for (int j = 0; j < units.size(); j++) {
        base[stratumOf[j]] += units.get(j).base();
        post[stratumOf[j]] += units.get(j).post();
        if (units.get(j).treated()) {
          treatedPer[stratumOf[j]]++;
        }
      }
    }

    int treatedCount() {
      int n = 0;
      for (int t : treatedPer) {
        n += t;
      }
      return n;
    }

    int[] observedTreated() {
      return java.util.stream.IntStream.range(0, units.size())
          .filter(j -> units.get(j).treated())
          .toArray();
    }

    /** Draws as many treated units per stratum as observed, without replacement. */
    int[] draw(SplittableRandom r) {
      int[] out = new int[treatedCount()];
      int o = 0;
      for (int k = 0; k < members.size(); k++) {
        int[] m = members.get(k).clone();
        for (int i = 0; i < treatedPer[k]; i++) {
          int pick = i + r.nextInt(m.length - i);
          int tmp = m[i];
          m[i] = m[pick];
          m[pick] = tmp;
          out[o++] = m[i];
        }
      }
      return out;
    }

    List<DidStratum> strata(int[] treated) {
      double[] tb = new double[members.size()];
      double[] tp = new double[members.size()];
      for (int j : treated) {
        tb[stratumOf[j]] += units.get(j).base();
        tp[stratumOf[j]] += units.get(j).post();
      }
      List<DidStratum> out = new ArrayList<>();
      for (int k = 0; k < members.size(); k++) {
        out.add(new DidStratum(tb[k], tp[k], remainder(base[k], tb[k]), remainder(post[k], tp[k])));
      }
      return out;
    }

    /** {@code total - part}, with rounding residue of a part equal to the total taken as zero. */
    static double remainder(double total, double part) {
      double r = total - part;
      return r <= 1e-9 * total ? 0 : r;
    }
  }
}
