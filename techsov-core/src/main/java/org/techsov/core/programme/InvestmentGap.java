package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * Domestic investment in a technology against a peer's, both per year: a figure dated over a span
 * of years (e.g. RUB 250 bn for 2026/2028) is spread evenly over it.
 *
 * @param peer the peer's holder code
 * @param unit the unit both figures share, e.g. {@code USD bn}
 * @param domesticPerYear domestic investment per year
 * @param peerPerYear the peer's investment per year
 * @param ratio domestic over peer
 */
public record InvestmentGap(
    String peer, String unit, double domesticPerYear, double peerPerYear, double ratio) {
  /** The identifier of the investment metric. */
  public static final String PUBLIC_INVESTMENT = "public-investment";

  /**
   * One comparison per peer figure of {@code metric} that shares the unit of a domestic figure;
   * figures in other units (e.g. roubles beside dollars) are not converted and are skipped.
   */
  public static List<InvestmentGap> of(Technology technology, String metric) {
    List<InvestmentGap> out = new ArrayList<>();
    for (TechnologyMetric domestic : technology.metrics(metric, MetricRole.DOMESTIC)) {
      String unit = domestic.figure().quantity().unit();
      double own = perYear(domestic.figure());
      for (TechnologyMetric peer : technology.metrics(metric, MetricRole.PEER)) {
        if (peer.figure().quantity().unit().equals(unit)) {
          double theirs = perYear(peer.figure());
          out.add(new InvestmentGap(peer.holder(), unit, own, theirs, own / theirs));
        }
      }
    }
    return out;
  }

  private static double perYear(Figure f) {
    double years = f.asOf() == null ? 1 : Math.max(1, Math.round(f.asOf().spanYears()));
    return f.value() / years;
  }
}
