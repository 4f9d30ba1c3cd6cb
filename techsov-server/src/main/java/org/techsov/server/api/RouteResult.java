package org.techsov.server.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.techsov.core.circumvention.CircumventionResult;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.Route;
import org.techsov.core.circumvention.Surge;

/**
 * The circumvention routes as JSON, in the shape of {@code techsov circumvention --format json}:
 * the query, the months compared, the notes and the ranked routes. Values are US dollars per month;
 * figures that are undefined are absent.
 *
 * @param target the sanctioned country
 * @param bloc the sanctioning bloc
 * @param blocDate the date of bloc membership
 * @param sanctionMonth the sanction month
 * @param baseline what the months after are compared with
 * @param goods the goods followed
 * @param level how goods are grouped into routes
 * @param postMonths the months after the sanction compared
 * @param routesTested how many routes were tested
 * @param significant how many are significant
 * @param notes what the reader should know
 * @param routes the best-ranked routes, at most {@code top}
 * @param reproduce the command and addresses that give the same routes
 */
public record RouteResult(
    String target,
    String bloc,
    String blocDate,
    String sanctionMonth,
    String baseline,
    String goods,
    String level,
    String postMonths,
    int routesTested,
    int significant,
    List<String> notes,
    List<RouteDto> routes,
    DependencyResult.Reproduce reproduce) {

  /**
   * A leg before and after the sanction.
   *
   * @param beforeUsdPerMonth the baseline level
   * @param afterUsdPerMonth the average month after
   * @param ratio after / before; absent without baseline trade
   * @param changeUsdPerMonth after - before
   * @param appeared trade where the baseline had none
   */
  public record Leg(
      double beforeUsdPerMonth,
      double afterUsdPerMonth,
      Double ratio,
      double changeUsdPerMonth,
      boolean appeared) {
    static Leg of(Surge s) {
      return new Leg(
          s.basePerMonth(),
          s.postPerMonth(),
          finite(s.ratio()),
          s.increasePerMonth(),
          Double.isInfinite(s.ratio()));
    }
  }

  /**
   * How sure the surge is a sanction effect; see {@link org.techsov.core.circumvention.Effect}.
   *
   * @param did difference-in-differences of listed against control goods, log points
   * @param didLow lower bound of its 95% bootstrap interval
   * @param didHigh upper bound
   * @param ratioLow lower bound of the 95% bootstrap interval of the surge ratio
   * @param ratioHigh upper bound
   * @param pValue one-sided p-value
   * @param test permutation or bootstrap
   * @param qValue Benjamini-Hochberg q-value over every route tested
   */
  public record Effect(
      Double did,
      Double didLow,
      Double didHigh,
      Double ratioLow,
      Double ratioHigh,
      Double pValue,
      String test,
      Double qValue) {}

  /**
   * Co-movement of the hub's imports from the bloc and exports to the target.
   *
   * @param correlation Pearson correlation at the best lag
   * @param lag months by which exports follow imports
   * @param present both legs rise and move together
   */
  public record Signature(Double correlation, int lag, boolean present) {}

  /**
   * Unit values, US dollars per kilogram.
   *
   * @param blocToHubBefore bloc to hub, baseline
   * @param blocToHubAfter bloc to hub, after
   * @param hubToTargetBefore hub to target, baseline
   * @param hubToTargetAfter hub to target, after
   */
  public record UnitValues(
      Double blocToHubBefore,
      Double blocToHubAfter,
      Double hubToTargetBefore,
      Double hubToTargetAfter) {}

  /** One route; see {@link Route}. */
  public record RouteDto(
      int rank,
      String origin,
      String hub,
      String target,
      String goods,
      int listedProducts,
      int controlProducts,
      Leg blocToHub,
      Leg hubToTarget,
      Leg blocToTarget,
      Effect effect,
      Signature reexportSignature,
      UnitValues unitValuesUsdPerKg,
      boolean flagged,
      boolean significant,
      String evidence) {}

  static RouteResult of(
      CircumventionResult r, List<Route> shown, DependencyResult.Reproduce reproduce) {
    var q = r.query();
    List<RouteDto> routes = new ArrayList<>();
    int rank = 1;
    for (Route x : shown) {
      routes.add(route(rank++, x));
    }
    return new RouteResult(
        q.target().alpha3(),
        q.bloc(),
        q.blocDate().toString(),
        Months.format(q.sanctionMonth()),
        r.design().baseline().label(),
        r.goods(),
        q.level().name().toLowerCase(Locale.ROOT),
        Months.range(r.design().postMonths()[0], r.design().lastMonth()),
        r.routes().size(),
        r.significant().size(),
        r.notes(),
        routes,
        reproduce);
  }

  private static RouteDto route(int rank, Route x) {
    var e = x.effect();
    var u = x.unitValues();
    return new RouteDto(
        rank,
        x.origin(),
        x.hub().alpha3(),
        x.target().alpha3(),
        x.group(),
        x.listedProducts(),
        x.controlProducts(),
        Leg.of(x.blocToHub()),
        Leg.of(x.hubToTarget()),
        Leg.of(x.blocToTarget()),
        new Effect(
            finite(e.did()),
            finite(e.didInterval().low()),
            finite(e.didInterval().high()),
            finite(e.ratioInterval().low()),
            finite(e.ratioInterval().high()),
            finite(e.pValue()),
            e.test(),
            finite(e.qValue())),
        new Signature(
            finite(x.signature().correlation()), x.signature().lag(), x.hasReexportSignature()),
        new UnitValues(
            finite(u.blocToHubBase()),
            finite(u.blocToHubPost()),
            finite(u.hubToTargetBase()),
            finite(u.hubToTargetPost())),
        x.flagged(),
        x.significant(),
        x.evidence());
  }

  static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
