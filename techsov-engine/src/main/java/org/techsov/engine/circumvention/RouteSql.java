package org.techsov.engine.circumvention;

import java.util.Map;
import org.techsov.core.circumvention.GoodsSelection;
import org.techsov.engine.dependency.SqlDialect;

/**
 * The set-based part of the route analysis, defined once over the canonical {@code reported_flow}
 * table (counted monthly rows only, values in US dollars) and a {@link SqlDialect}: the months the
 * bloc's exports cover, the bloc-to-hub totals of listed and control goods over the compared
 * months, and the monthly series of each leg. Months are indices {@code year * 12 + month - 1}.
 */
final class RouteSql {
  private final SqlDialect d;
  private final ResolvedRoutes r;
  private final GoodsSelection goods;

  RouteSql(SqlDialect dialect, ResolvedRoutes resolved, GoodsSelection goods) {
    this.d = dialect;
    this.r = resolved;
    this.goods = goods;
  }

  private static final String YM = "(year * 12 + month - 1)";

  private String counted() {
    return "FROM reported_flow WHERE counted AND month > 0";
  }

  private String blocExporters() {
    return " AND flow = 'X' AND reporter IN (" + ProductSetSql.keys(r.bloc()) + ")";
  }

  /** Partners that are candidate hubs: the ones named, or any outside the bloc but the target. */
  private String hubs(String column) {
    if (!r.hubs().isEmpty()) {
      return " AND " + column + " IN (" + ProductSetSql.keys(r.hubs()) + ")";
    }
    return " AND "
        + column
        + " NOT IN ("
        + ProductSetSql.keys(r.bloc())
        + ") AND "
        + column
        + " <> "
        + r.target();
  }

  private String window(int first, int last) {
    return " AND " + YM + " BETWEEN " + first + " AND " + last;
  }

  private String listed() {
    return ProductSetSql.predicate(goods.listed(), "hs6", d);
  }

  private String inChapters() {
    return " AND hs6 IS NOT NULL AND "
        + d.intDiv("hs6", "10000")
        + " IN ("
        + ProductSetSql.chapters(goods.listed())
        + ")";
  }

  /** Months with any counted export of the bloc: the months the data cover. */
  String coverage() {
    return "SELECT DISTINCT " + YM + " AS ym " + counted() + blocExporters() + " ORDER BY 1";
  }

  /**
   * hub, hs6, base, post: bloc-to-hub totals of every good of the listed chapters, in a fixed
   * order: the permutation test relabels products in the order it receives them, so a p-value is
   * reproducible only when the order is.
   */
  String totals(Map<Integer, double[]> weights, int first, int last) {
    return "WITH w(ym, base_w, post_w) AS (VALUES "
        + ProductSetSql.weights(weights)
        + "), f AS (SELECT partner AS hub, hs6, "
        + YM
        + " AS ym, value_usd AS v "
        + counted()
        + blocExporters()
        + hubs("partner")
        + inChapters()
        + window(first, last)
        + ") SELECT f.hub, f.hs6, SUM(f.v * w.base_w), SUM(f.v * w.post_w) FROM f JOIN w ON w.ym ="
        + " f.ym GROUP BY f.hub, f.hs6 ORDER BY f.hub, f.hs6";
  }

  /** hub, hs6, ym, value, kg of listed goods, bloc to hub. */
  String blocToHub(int first, int last) {
    return "SELECT partner, hs6, "
        + YM
        + ", SUM(value_usd), SUM(quantity_kg) "
        + counted()
        + blocExporters()
        + hubs("partner")
        + " AND "
        + listed()
        + window(first, last)
        + " GROUP BY 1, 2, 3";
  }

  /** hub, chapter, ym, value of the control goods of the listed chapters, bloc to hub. */
  String controls(int first, int last) {
    String not = ProductSetSql.predicate(goods.notControls(), "hs6", d);
    return "SELECT partner, "
        + d.intDiv("hs6", "10000")
        + ", "
        + YM
        + ", SUM(value_usd) "
        + counted()
        + blocExporters()
        + hubs("partner")
        + inChapters()
        + " AND NOT "
        + listed()
        + " AND NOT "
        + not
        + window(first, last)
        + " GROUP BY 1, 2, 3";
  }

  /**
   * side, hub, hs6, ym, value, kg of listed goods from hubs to the target: as the hubs report their
   * exports (side X) and as the target reports its imports (side M, CIF).
   */
  String hubToTarget(int first, int last) {
    String reported =
        "SELECT 'X', reporter, hs6, "
            + YM
            + ", SUM(value_usd), SUM(quantity_kg) "
            + counted()
            + " AND flow = 'X'"
            + hubs("reporter")
            + " AND partner = "
            + r.target()
            + " AND "
            + listed()
            + window(first, last)
            + " GROUP BY 1, 2, 3, 4";
    String mirror =
        "SELECT 'M', partner, hs6, "
            + YM
            + ", SUM(value_usd), SUM(quantity_kg) "
            + counted()
            + " AND flow = 'M' AND reporter = "
            + r.target()
            + hubs("partner")
            + " AND "
            + listed()
            + window(first, last)
            + " GROUP BY 1, 2, 3, 4";
    return reported + " UNION ALL " + mirror;
  }

  /** hs6, ym, value, kg of listed goods exported by the bloc straight to the target. */
  String blocToTarget(int first, int last) {
    return "SELECT hs6, "
        + YM
        + ", SUM(value_usd), SUM(quantity_kg) "
        + counted()
        + blocExporters()
        + " AND partner = "
        + r.target()
        + " AND "
        + listed()
        + window(first, last)
        + " GROUP BY 1, 2";
  }

  /** hub, year, value: the target's yearly imports of all goods from each hub, as reported. */
  String yearlyHubToTarget(int fromYear) {
    return "SELECT partner, year, SUM(value_usd) FROM reported_flow WHERE counted AND month = 0"
        + " AND product_level = 'TOTAL' AND flow = 'M' AND reporter = "
        + r.target()
        + hubs("partner")
        + " AND year >= "
        + fromYear
        + " GROUP BY 1, 2 ORDER BY 1, 2";
  }
}
