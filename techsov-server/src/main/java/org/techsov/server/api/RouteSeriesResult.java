package org.techsov.server.api;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.RouteSeries;

/**
 * One route's monthly series, as {@code techsov circumvention --series HUB:GOODS --format json}
 * writes them: the three legs over every month covered, each month's phase (baseline, sanction,
 * after), and each leg's baseline level and average month after. US dollars.
 *
 * @param origin the bloc
 * @param hub the third country
 * @param target the sanctioned country
 * @param goods the product group
 * @param sanctionMonth the sanction month
 * @param baseline what the months after are compared with
 * @param postMonths the months after compared
 * @param hubToTargetSource where the hub-to-target values come from
 * @param blocToHub the bloc-to-hub leg before and after
 * @param hubToTarget the hub-to-target leg before and after
 * @param blocToTarget the bloc-to-target leg before and after
 * @param months the months, in order
 * @param reproduce the command and addresses that give the same series
 */
public record RouteSeriesResult(
    String origin,
    String hub,
    String target,
    String goods,
    String sanctionMonth,
    String baseline,
    String postMonths,
    String hubToTargetSource,
    RouteResult.Leg blocToHub,
    RouteResult.Leg hubToTarget,
    RouteResult.Leg blocToTarget,
    List<Month> months,
    DependencyResult.Reproduce reproduce) {
  /**
   * One month.
   *
   * @param month {@code YYYY-MM}
   * @param phase baseline, sanction, after, or empty
   * @param blocToHubUsd the bloc's exports to the hub
   * @param hubToTargetUsd the hub's exports to the target
   * @param blocToTargetUsd the bloc's exports to the target
   */
  public record Month(
      String month,
      String phase,
      double blocToHubUsd,
      double hubToTargetUsd,
      double blocToTargetUsd) {}

  static RouteSeriesResult of(RouteSeries s, DependencyResult.Reproduce reproduce) {
    List<Month> months = new ArrayList<>();
    for (int m = s.firstMonth(); m <= s.lastMonth(); m++) {
      months.add(
          new Month(
              Months.format(m),
              s.phase(m),
              s.blocToHub().get(m),
              s.hubToTarget().get(m),
              s.blocToTarget().get(m)));
    }
    return new RouteSeriesResult(
        s.origin(),
        s.hub(),
        s.target(),
        s.group(),
        Months.format(s.sanctionMonth()),
        s.design().baseline().label(),
        Months.range(s.design().postMonths()[0], s.design().lastMonth()),
        s.hubToTargetSource(),
        RouteResult.Leg.of(s.surge(s.blocToHub())),
        RouteResult.Leg.of(s.surge(s.hubToTarget())),
        RouteResult.Leg.of(s.surge(s.blocToTarget())),
        months,
        reproduce);
  }
}
