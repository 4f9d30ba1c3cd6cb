package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.techsov.core.spi.RowReject;

/**
 * Finds the loaded rows that break a rule, reports them by ordinal and removes them: invalid values
 * first, then duplicate keys among the valid rows (the first row of a key stays).
 */
final class RowRules {
  private RowRules() {}

  static List<RowReject> findAndRemove(
      Connection c, long importId, long baseRowId, boolean checkProducts, boolean checkDuplicates)
      throws SQLException {
    String invalid =
        checkProducts
            ? "("
                + BaciLoadSql.INVALID
                + " OR product NOT IN (SELECT product FROM techsov_known_product))"
            : BaciLoadSql.INVALID;
    String rows = "FROM flow WHERE import_id = " + importId;
    List<RowReject> out = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT rowid - "
                  + baseRowId
                  + ", "
                  + BaciLoadSql.REASON
                  + " "
                  + rows
                  + " AND "
                  + invalid
                  + " ORDER BY rowid")) {
        while (rs.next()) {
          String[] fieldReason = rs.getString(2).split("\\|", 2);
          out.add(new RowReject(rs.getLong(1), fieldReason[0], fieldReason[1], -1));
        }
      }
      if (checkDuplicates) {
        s.execute(
            "CREATE OR REPLACE TEMP TABLE techsov_duplicate AS"
                + " WITH k AS (SELECT rowid AS rid, "
                + BaciLoadSql.KEY
                + " AS key "
                + rows
                + " AND NOT "
                + invalid
                + "),"
                + " d AS (SELECT key, min(rid) AS first FROM k GROUP BY key HAVING count(*) > 1)"
                + " SELECT k.rid, d.first FROM k JOIN d USING (key) WHERE k.rid <> d.first");
      } else {
        s.execute("CREATE OR REPLACE TEMP TABLE techsov_duplicate (rid BIGINT, first BIGINT)");
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT rid - "
                  + baseRowId
                  + ", first - "
                  + baseRowId
                  + " FROM techsov_duplicate ORDER BY rid")) {
        while (rs.next()) {
          out.add(new RowReject(rs.getLong(1), "k", "duplicate key (t, i, j, k)", rs.getLong(2)));
        }
      }
      if (!out.isEmpty()) {
        s.execute(
            "DELETE "
                + rows
                + " AND ("
                + invalid
                + " OR rowid IN (SELECT rid FROM techsov_duplicate))");
      }
      s.execute("DROP TABLE techsov_duplicate");
    }
    out.sort(Comparator.comparingLong(RowReject::ordinal));
    return out;
  }
}
