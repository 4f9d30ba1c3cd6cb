package org.techsov.engine.circumvention;

import java.time.LocalDate;
import org.techsov.core.circumvention.ProductSet;
import org.techsov.engine.dependency.SqlDialect;

/**
 * Shipment provenance, defined once over the canonical {@code shipment} table: per month and
 * dispatch country, the records, their value, and the value whose brand's owner has its
 * headquarters in the bloc, of which made outside it, and of unknown brand (METHODS.md 2.3, the KSE
 * Institute attribution: brand HQ, origin, dispatch).
 */
final class ProvenanceSql {
  private ProvenanceSql() {}

  static String build(
      SqlDialect d,
      int destination,
      ProductSet goods,
      String bloc,
      LocalDate date,
      int from,
      int to) {
    String members =
        "SELECT country FROM bloc_member WHERE bloc = "
            + d.string(bloc)
            + " AND valid_from <= "
            + d.date(date)
            + " AND (valid_until IS NULL OR valid_until > "
            + d.date(date)
            + ")";
    String ym = "(year * 12 + month - 1)";
    return "WITH b AS ("
        + members
        + "), s AS (SELECT "
        + ym
        + " AS ym, dispatch, value_usd, brand_hq IS NULL AS unknown,"
        + " brand_hq IN (SELECT country FROM b) AS bloc_brand,"
        + " origin IN (SELECT country FROM b) AS bloc_origin FROM shipment WHERE destination = "
        + destination
        + (goods.isEmpty() ? "" : " AND " + ProductSetSql.predicate(goods, "hs6", d))
        + " AND "
        + ym
        + " BETWEEN "
        + from
        + " AND "
        + to
        + ") SELECT ym, dispatch, COUNT(*), SUM(value_usd),"
        + " SUM(CASE WHEN bloc_brand THEN value_usd ELSE 0 END),"
        + " SUM(CASE WHEN bloc_brand AND NOT bloc_origin THEN value_usd ELSE 0 END),"
        + " SUM(CASE WHEN unknown THEN value_usd ELSE 0 END)"
        + " FROM s GROUP BY ym, dispatch ORDER BY ym, dispatch";
  }

  static String span(int destination) {
    return "SELECT min(year * 12 + month - 1), max(year * 12 + month - 1) FROM shipment WHERE"
        + " destination = "
        + destination;
  }
}
