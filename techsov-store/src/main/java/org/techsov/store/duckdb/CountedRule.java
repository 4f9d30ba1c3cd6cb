package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Decides which reported rows are added up, for every cell (reporter, partner, flow, period) an
 * import touches, across all imports: a row counts when it is countable, when no countable row of
 * the same source and cell is finer under its code (an HS4 total is not added to the CN8 rows of
 * its heading; all goods are not added to any product), and when its source is the first, in the
 * order COMEXT, COMTRADE, IMTS, other, that reports the cell.
 */
final class CountedRule {
  static final String SOURCE_RANK =
      "CASE source WHEN 'COMEXT' THEN 1 WHEN 'COMTRADE' THEN 2 WHEN 'IMTS' THEN 3 ELSE 4 END";

  private CountedRule() {}

  static void apply(Connection c, long importId) throws SQLException {
    String cell = ReportedRules.CELL;
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_cell AS SELECT DISTINCT "
              + cell
              + " FROM reported_flow WHERE import_id = "
              + importId);
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_rows AS SELECT r.rowid AS rid, r.source, "
              + SOURCE_RANK
              + " AS rank, r.reporter, r.partner, r.flow, r.year, r.month, r.product_code,"
              + " r.countable FROM reported_flow r SEMI JOIN techsov_cell c USING ("
              + cell
              + ")");
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_fine AS SELECT DISTINCT source, "
              + cell
              + ", left(product_code, d.digits) AS prefix FROM techsov_rows r"
              + " JOIN (VALUES (0), (2), (4), (6)) d(digits) ON length(r.product_code) > d.digits"
              + " WHERE r.countable");
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_best AS SELECT "
              + cell
              + ", min(rank) AS best FROM techsov_rows WHERE countable GROUP BY ALL");
      s.execute(
          "UPDATE reported_flow SET counted = x.counted FROM (SELECT r.rid, r.countable"
              + " AND f.prefix IS NULL AND r.rank = b.best AS counted FROM techsov_rows r"
              + " LEFT JOIN techsov_fine f ON f.source = r.source AND f.reporter = r.reporter"
              + " AND f.partner = r.partner AND f.flow = r.flow AND f.year = r.year"
              + " AND f.month = r.month AND f.prefix = r.product_code"
              + " LEFT JOIN techsov_best b ON b.reporter = r.reporter AND b.partner = r.partner"
              + " AND b.flow = r.flow AND b.year = r.year AND b.month = r.month) x"
              + " WHERE reported_flow.rowid = x.rid");
      for (String t :
          new String[] {"techsov_cell", "techsov_rows", "techsov_fine", "techsov_best"}) {
        s.execute("DROP TABLE " + t);
      }
    }
  }
}
