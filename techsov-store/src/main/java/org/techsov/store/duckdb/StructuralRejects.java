package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.techsov.core.spi.StructuralReject;

/** Reads the lines DuckDB's CSV reader refused, one entry per line (its first error). */
final class StructuralRejects {
  private StructuralRejects() {}

  static List<StructuralReject> read(Connection c) throws SQLException {
    List<StructuralReject> out = new ArrayList<>();
    if (!exists(c)) {
      return out;
    }
    String sql =
        "SELECT line, arg_min(column_idx, column_idx), arg_min(column_name, column_idx),"
            + " arg_min(error_type, column_idx), arg_min(csv_line, column_idx),"
            + " arg_min(error_message, column_idx)"
            + " FROM "
            + BaciLoadSql.REJECT_ERRORS
            + " GROUP BY line ORDER BY line";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String rawLine = rs.getString(5) == null ? "" : rs.getString(5).strip();
        String field = rs.getString(3) == null ? "" : rs.getString(3);
        String type = rs.getString(4);
        String raw = "CAST".equals(type) ? fieldOf(rawLine, rs.getInt(2)) : "";
        String reason = describe(type, rs.getString(6));
        out.add(new StructuralReject(rs.getLong(1), field, raw, reason, rawLine));
      }
    }
    return out;
  }

  private static boolean exists(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = '"
                    + BaciLoadSql.REJECT_ERRORS
                    + "'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /** The 1-based {@code index}-th comma-separated field of a BACI line (BACI has no quoting). */
  static String fieldOf(String line, int index) {
    String[] parts = line.split(",", -1);
    return index >= 1 && index <= parts.length ? parts[index - 1].strip() : "";
  }

  private static String describe(String type, String message) {
    if (type == null) {
      return String.valueOf(message);
    }
    return switch (type) {
      case "CAST" -> "value is not of the column's type: " + message;
      case "MISSING COLUMNS" -> "too few columns: " + message;
      case "TOO MANY COLUMNS" -> "too many columns: " + message;
      case "UNQUOTED VALUE" -> "unterminated or misplaced quote: " + message;
      case "LINE SIZE OVER MAXIMUM" -> "line too long: " + message;
      case "INVALID UNICODE" -> "invalid UTF-8: " + message;
      default -> type.toLowerCase(java.util.Locale.ROOT) + ": " + message;
    };
  }
}
