package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.LineReject;
import org.techsov.core.spi.RowImportRequest;

/** The set-based rules of a reported-flow import: duplicates, overlaps, months missing. */
final class ReportedRules {
  /** The key of a reported flow: one value per reporter, partner, flow, month and product code. */
  static final String KEY = "reporter, partner, flow, year, month, product_code";

  /** A cell: what one reporter declared for one partner and flow in one period. */
  static final String CELL = "reporter, partner, flow, year, month";

  private ReportedRules() {}

  /** Later rows repeating the key of an earlier countable row are rejected and removed. */
  static List<LineReject> rejectDuplicates(Connection c, long importId) throws SQLException {
    List<LineReject> out = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM (SELECT "
                  + KEY
                  + " FROM reported_flow WHERE import_id = "
                  + importId
                  + " AND countable GROUP BY ALL HAVING count(*) > 1)")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return out;
        }
      }
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_dup AS"
              + " WITH r AS (SELECT rowid AS rid, line, "
              + KEY
              + " FROM reported_flow WHERE import_id = "
              + importId
              + " AND countable),"
              + " f AS (SELECT "
              + KEY
              + ", min(line) AS first FROM r GROUP BY ALL HAVING count(*) > 1)"
              + " SELECT r.rid, r.line, f.first FROM r JOIN f USING ("
              + KEY
              + ") WHERE r.line <> f.first");
      try (ResultSet rs = s.executeQuery("SELECT line, first FROM techsov_dup ORDER BY line")) {
        while (rs.next()) {
          out.add(
              new LineReject(
                  rs.getLong(1),
                  "product",
                  "duplicate of line "
                      + rs.getLong(2)
                      + ": same reporter, partner, flow, period and product code (not added twice)"));
        }
      }
      if (!out.isEmpty()) {
        s.execute("DELETE FROM reported_flow WHERE rowid IN (SELECT rid FROM techsov_dup)");
      }
      s.execute("DROP TABLE techsov_dup");
    }
    return out;
  }

  /**
   * An import may not repeat a key that an earlier import of the same source holds (it may add
   * other products to the same cells); with replacement asked for, the earlier imports' rows of
   * every cell this import covers go.
   */
  static String resolveOverlaps(Connection c, RowImportRequest r, long importId)
      throws SQLException {
    String earlier =
        "FROM reported_flow e JOIN import_log l ON l.id = e.import_id WHERE e.source = "
            + AppendingStaging.sql(r.source())
            + " AND e.import_id <> "
            + importId;
    try (Statement s = c.createStatement()) {
      String conflict =
          "SELECT l.id, l.file_name, e.year, e.month "
              + earlier
              + " AND ("
              + KEY
              + ") IN (SELECT "
              + KEY
              + " FROM reported_flow WHERE import_id = "
              + importId
              + ") LIMIT 1";
      try (ResultSet rs = s.executeQuery(conflict)) {
        if (!r.replace() && rs.next()) {
          throw new TechsovException(
              ErrorCode.OVERLAPPING_IMPORT,
              String.format(
                  java.util.Locale.ROOT,
                  "%s repeats flows already loaded from %s (import %d), e.g. for %d-%02d; use"
                      + " --replace to replace them, nothing was stored",
                  r.fileName(),
                  rs.getString(2),
                  rs.getLong(1),
                  rs.getInt(3),
                  rs.getInt(4)));
        }
      }
      if (!r.replace()) {
        return "";
      }
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_replaced AS SELECT e.import_id, count(*) AS n "
              + earlier.replace(" JOIN import_log l ON l.id = e.import_id", "")
              + " AND ("
              + CELL
              + ") IN (SELECT DISTINCT "
              + CELL
              + " FROM reported_flow WHERE import_id = "
              + importId
              + ") GROUP BY 1");
      s.execute(
          "DELETE FROM reported_flow WHERE source = "
              + AppendingStaging.sql(r.source())
              + " AND import_id <> "
              + importId
              + " AND ("
              + CELL
              + ") IN (SELECT DISTINCT "
              + CELL
              + " FROM reported_flow WHERE import_id = "
              + importId
              + ")");
      List<String> notes = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT import_id, n FROM techsov_replaced ORDER BY 1")) {
        while (rs.next()) {
          notes.add("replaced " + rs.getLong(2) + " rows of import " + rs.getLong(1));
          ImportLog.appendNote(
              c, rs.getLong(1), rs.getLong(2) + " rows replaced by import " + importId + ";");
        }
      }
      s.execute("DROP TABLE techsov_replaced");
      return String.join("; ", notes);
    }
  }

  /** Months between the import's first and last that have no row at all, e.g. a gap in a series. */
  static String missingMonths(Connection c, long importId) throws SQLException {
    String sql =
        "WITH m AS (SELECT DISTINCT year * 12 + month - 1 AS ym FROM reported_flow WHERE import_id = "
            + importId
            + " AND month > 0),"
            + " r AS (SELECT range AS ym FROM range((SELECT min(ym) FROM m), (SELECT max(ym) FROM m) + 1))"
            + " SELECT string_agg(printf('%d-%02d', ym // 12, ym % 12 + 1), ', ' ORDER BY ym), count(*)"
            + " FROM r WHERE ym NOT IN (SELECT ym FROM m)";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(2) == 0
          ? ""
          : "months without any row (not compared by analyses): " + rs.getString(1);
    }
  }
}
