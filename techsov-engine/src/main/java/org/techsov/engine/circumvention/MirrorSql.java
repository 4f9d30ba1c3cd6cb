package org.techsov.engine.circumvention;

import java.util.List;
import org.techsov.core.circumvention.ProductSet;
import org.techsov.engine.dependency.SqlDialect;

/**
 * The mirror comparison's extraction, over counted monthly {@code reported_flow} rows: the
 * exporters' reported exports to each partner and each partner's reported imports from them, by
 * subheading and month, and the months each partner reports imports at all.
 */
final class MirrorSql {
  private static final String YM = "(year * 12 + month - 1)";
  private final SqlDialect d;
  private final List<Integer> exporters;
  private final List<Integer> partners;
  private final ProductSet goods;

  MirrorSql(SqlDialect d, List<Integer> exporters, List<Integer> partners, ProductSet goods) {
    this.d = d;
    this.exporters = List.copyOf(exporters);
    this.partners = List.copyOf(partners);
    this.goods = goods;
  }

  private String partner(String column) {
    String e = ProductSetSql.keys(exporters);
    return partners.isEmpty()
        ? " AND " + column + " NOT IN (" + e + ")"
        : " AND " + column + " IN (" + ProductSetSql.keys(partners) + ")";
  }

  private String goods() {
    return goods.isEmpty()
        ? " AND hs6 IS NOT NULL"
        : " AND hs6 IS NOT NULL AND " + ProductSetSql.predicate(goods, "hs6", d);
  }

  /** side (X or M), partner, hs6, ym, value. */
  String flows() {
    String base = " FROM reported_flow WHERE counted AND month > 0";
    String x =
        "SELECT 'X', partner, hs6, "
            + YM
            + ", SUM(value_usd)"
            + base
            + " AND flow = 'X' AND reporter IN ("
            + ProductSetSql.keys(exporters)
            + ")"
            + partner("partner")
            + goods()
            + " GROUP BY 1, 2, 3, 4";
    String m =
        "SELECT 'M', reporter, hs6, "
            + YM
            + ", SUM(value_usd)"
            + base
            + " AND flow = 'M' AND partner IN ("
            + ProductSetSql.keys(exporters)
            + ")"
            + partner("reporter")
            + goods()
            + " GROUP BY 1, 2, 3, 4";
    return x + " UNION ALL " + m;
  }

  /** partner, ym: the months each partner reports any imports. */
  String coverage() {
    return "SELECT DISTINCT reporter, "
        + YM
        + " FROM reported_flow WHERE counted AND month > 0 AND flow = 'M'"
        + partner("reporter");
  }
}
