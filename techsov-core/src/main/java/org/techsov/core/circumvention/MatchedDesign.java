package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.techsov.core.error.TechsovException;
import org.techsov.core.stats.Quantiles;

/**
 * The months compared: each month after the sanction with the baseline months it is matched to and
 * their weights (summing to one per post month). The baseline total of a series is then the value
 * the post months would have had without change: {@code base = sum_m sum_b w_mb x_b}.
 *
 * @param baseline the baseline chosen
 * @param postMonths the months after the sanction month, ascending
 * @param matched for each post month, the baseline months and weights it is compared with
 * @param missing months of the window without data, left out of the comparison
 */
public record MatchedDesign(
    Baseline baseline,
    int[] postMonths,
    List<Map<Integer, Double>> matched,
    List<Integer> missing) {
  public MatchedDesign {
    postMonths = postMonths.clone();
    matched = List.copyOf(matched);
    missing = List.copyOf(missing);
  }

  /**
   * Builds the design for the post months {@code (sanction, until]}, leaving out months that are
   * not {@code covered} (months the data do not cover at all).
   */
  public static MatchedDesign of(Baseline baseline, int sanction, int until, IntPredicate covered) {
    if (until <= sanction) {
      throw TechsovException.invalidArgument(
          "no months after the sanction month "
              + Months.format(sanction)
              + " up to "
              + Months.format(until));
    }
    List<Integer> missing = new ArrayList<>();
    List<Integer> posts = new ArrayList<>();
    List<Map<Integer, Double>> matched = new ArrayList<>();
    for (int m = sanction + 1; m <= until; m++) {
      if (!covered.test(m)) {
        missing.add(m);
        continue;
      }
      Map<Integer, Double> base = baseMonths(baseline, sanction, m, covered, missing);
      if (!base.isEmpty()) {
        posts.add(m);
        matched.add(base);
      }
    }
    if (posts.isEmpty()) {
      throw new TechsovException(
          org.techsov.core.error.ErrorCode.NO_DATA,
          "no month after "
              + Months.format(sanction)
              + " can be compared with the baseline "
              + baseline.label()
              + ": the data do not cover them");
    }
    List<Integer> distinctMissing = missing.stream().distinct().sorted().toList();
    return new MatchedDesign(
        baseline, posts.stream().mapToInt(Integer::intValue).toArray(), matched, distinctMissing);
  }

  private static Map<Integer, Double> baseMonths(
      Baseline b, int sanction, int post, IntPredicate covered, List<Integer> missing) {
    List<Integer> months = new ArrayList<>();
    if (b instanceof Baseline.Years y) {
      if (Months.index(y.to(), 12) >= sanction) {
        throw TechsovException.invalidArgument(
            "the baseline " + y.label() + " must end before the sanction month");
      }
      for (int year = y.from(); year <= y.to(); year++) {
        months.add(Months.index(year, Months.month(post)));
      }
    } else if (b instanceof Baseline.Window w) {
      if (w.to() > sanction) {
        throw TechsovException.invalidArgument(
            "the baseline " + w.label() + " must end by the sanction month");
      }
      for (int m = w.from(); m <= w.to(); m++) {
        months.add(m);
      }
    } else if (b instanceof Baseline.PreSanctionMedian p) {
      for (int m = sanction - p.months(); m < sanction; m++) {
        months.add(m);
      }
    }
    Map<Integer, Double> out = new TreeMap<>();
    List<Integer> kept = new ArrayList<>();
    for (int m : months) {
      if (covered.test(m)) {
        kept.add(m);
      } else {
        missing.add(m);
      }
    }
    kept.forEach(m -> out.put(m, 1.0 / kept.size()));
    return out;
  }

  public int postCount() {
    return postMonths.length;
  }

  /** Every baseline month used, ascending. */
  public int[] baseMonths() {
    return matched.stream()
        .flatMap(m -> m.keySet().stream())
        .distinct()
        .sorted()
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** The total weight of each baseline month: {@code base = sum_b weight_b * x_b}. */
  public Map<Integer, Double> baseWeights() {
    Map<Integer, Double> out = new TreeMap<>();
    for (Map<Integer, Double> m : matched) {
      m.forEach((month, w) -> out.merge(month, w, Double::sum));
    }
    return out;
  }

  /** The first month the design reads (the earliest baseline month). */
  public int firstMonth() {
    return Math.min(baseMonths()[0], postMonths[0]);
  }

  public int lastMonth() {
    return postMonths[postMonths.length - 1];
  }

  /** Sum of the series over the post months (each drawn post month once per draw). */
  public double post(MonthSeries s, int[] draw) {
    double t = 0;
    for (int i : draw) {
      t += s.get(postMonths[i]);
    }
    return t;
  }

  /** The matched baseline total of the series for the drawn post months. */
  public double base(MonthSeries s, int[] draw) {
    double t = 0;
    for (int i : draw) {
      for (var e : matched.get(i).entrySet()) {
        t += e.getValue() * s.get(e.getKey());
      }
    }
    return t;
  }

  /** Each post month once. */
  public int[] allPosts() {
    int[] d = new int[postMonths.length];
    Arrays.setAll(d, i -> i);
    return d;
  }

  /**
   * The baseline level per month used for surge ratios: the matched mean, or for the median
   * baseline the median of the baseline months.
   */
  public double basePerMonth(MonthSeries s) {
    if (baseline instanceof Baseline.PreSanctionMedian) {
      int[] months = baseMonths();
      double[] v = new double[months.length];
      for (int i = 0; i < months.length; i++) {
        v[i] = s.get(months[i]);
      }
      return Quantiles.of(v, 0.5);
    }
    return base(s, allPosts()) / postMonths.length;
  }

  /** True when post months are compared with the same calendar months. */
  public boolean isSeasonallyMatched() {
    return baseline instanceof Baseline.Years;
  }
}
