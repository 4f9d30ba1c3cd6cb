package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.techsov.core.reference.CountryCode;

/**
 * Turns monthly export and import reports into mirror rows: for each partner and product group, the
 * gap share in every covered month before the sanction (the distribution) against the gap share of
 * the months after it; ghost trade when the latter lies {@code zThreshold} standard deviations
 * above the former.
 */
public final class MirrorComparison {
  private MirrorComparison() {}

  /**
   * @param exports exports reported by the exporters, by partner and group
   * @param imports imports reported by each partner from the exporters, by partner and group
   * @param covered months each partner reports imports at all
   */
  public static List<MirrorRow> compare(
      MirrorQuery q,
      Map<CountryCode, Map<String, MonthSeries>> exports,
      Map<CountryCode, Map<String, MonthSeries>> imports,
      Map<CountryCode, Set<Integer>> covered,
      int lastMonth) {
    List<MirrorRow> out = new ArrayList<>();
    int until = q.untilMonth().orElse(lastMonth);
    for (var e : new TreeMap<>(exports).entrySet()) {
      Set<Integer> months = covered.getOrDefault(e.getKey(), Set.of());
      int[] pre =
          months.stream()
              .filter(m -> m < q.sanctionMonth())
              .mapToInt(Integer::intValue)
              .sorted()
              .toArray();
      int[] post =
          months.stream()
              .filter(m -> m > q.sanctionMonth() && m <= until)
              .mapToInt(Integer::intValue)
              .sorted()
              .toArray();
      if (pre.length < 2 || post.length == 0) {
        continue;
      }
      for (var g : new TreeMap<>(e.getValue()).entrySet()) {
        MonthSeries m =
            imports
                .getOrDefault(e.getKey(), Map.of())
                .getOrDefault(g.getKey(), new MonthSeries(0, 0));
        MirrorGap gap = MirrorGap.compare(g.getValue(), m, pre, post, q.cifFob());
        if (gap.exports().hasData()) {
          out.add(new MirrorRow(e.getKey(), g.getKey(), gap, gap.isGhostTrade(q.zThreshold())));
        }
      }
    }
    out.sort(
        Comparator.comparing((MirrorRow r) -> !r.ghostTrade())
            .thenComparing(
                r -> -(Double.isNaN(r.gap().z()) ? Double.NEGATIVE_INFINITY : r.gap().z())));
    return out;
  }
}
