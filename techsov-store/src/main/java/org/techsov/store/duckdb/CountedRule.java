package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which reported rows are added up, for every cell (reporter, partner, flow, period) an
 * import touches, across all imports: a row counts when it is countable, when no countable row of
 * the same source and cell is finer under its code (an HS4 total is not added to the CN8 rows of
 * its heading; all goods are not added to any product), and when its source is the first, in the
 * order COMEXT, COMTRADE, IMTS, other, that reports the cell.
 *
 * <p>Most rows are the finest of a cell reported by one source and simply count; the rule is worked
 * out only for the others (coarser rows, cells with several sources, rows not counted so far), and
 * only rows whose flag changes are written.
 */
final class CountedRule {
  static final String SOURCE_RANK =
      "CASE source WHEN 'COMEXT' THEN 1 WHEN 'COMTRADE' THEN 2 WHEN 'IMTS' THEN 3 ELSE 4 END";
  private static final String CELL = ReportedRules.CELL;
  private static final String[] TEMP = {
    "techsov_cell",
    "techsov_rows",
    "techsov_finest",
    "techsov_sources",
    "techsov_candidate",
    "techsov_fine"
  };

  private CountedRule() {}

  static void apply(Connection c, long importId) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_cell AS SELECT DISTINCT "
              + CELL
              + " FROM reported_flow WHERE import_id = "
              + importId);
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_rows AS SELECT r.rowid AS rid, r.source, "
              + SOURCE_RANK
              + " AS rank, "
              + prefixed("r.", CELL)
              + ", r.product_code AS code, length(r.product_code) AS len, r.countable, r.counted"
              + " FROM reported_flow r SEMI JOIN techsov_cell c USING ("
              + CELL
              + ")");
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_finest AS SELECT source, "
              + CELL
              + ", max(len) AS len FROM techsov_rows WHERE countable GROUP BY ALL");
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_sources AS SELECT "
              + CELL
              + ", count(DISTINCT source) AS n, min(rank) AS best FROM techsov_rows WHERE countable"
              + " GROUP BY ALL");
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_candidate AS SELECT r.* , coalesce(x.best, 0) AS"
              + " best FROM techsov_rows r LEFT JOIN techsov_finest f USING (source, "
              + CELL
              + ") LEFT JOIN techsov_sources x USING ("
              + CELL
              + ") WHERE NOT r.counted OR r.len < f.len OR x.n > 1");
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_fine (source VARCHAR, reporter SMALLINT, partner"
              + " SMALLINT, flow VARCHAR, year SMALLINT, month TINYINT, prefix VARCHAR)");
      for (int len : lengths(s)) {
        s.execute(
            "INSERT INTO techsov_fine SELECT DISTINCT source, "
                + CELL
                + ", left(code, "
                + len
                + ") FROM techsov_rows WHERE countable AND len > "
                + len);
      }
      s.execute(
          "UPDATE reported_flow SET counted = x.counted FROM (SELECT r.rid, r.countable AND"
              + " f.prefix IS NULL AND r.rank = r.best AS counted, r.counted AS was FROM"
              + " techsov_candidate r LEFT JOIN techsov_fine f ON f.source = r.source"
              + " AND f.reporter = r.reporter AND f.partner = r.partner AND f.flow = r.flow"
              + " AND f.year = r.year AND f.month = r.month AND f.prefix = r.code) x"
              + " WHERE reported_flow.rowid = x.rid AND x.counted <> x.was");
      for (String t : TEMP) {
        s.execute("DROP TABLE " + t);
      }
    }
  }

  private static List<Integer> lengths(Statement s) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT DISTINCT len FROM techsov_candidate ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  private static String prefixed(String alias, String columns) {
    StringBuilder sb = new StringBuilder();
    for (String col : columns.split(",\\s*")) {
      sb.append(sb.length() == 0 ? "" : ", ").append(alias).append(col);
    }
    return sb.toString();
  }
}
