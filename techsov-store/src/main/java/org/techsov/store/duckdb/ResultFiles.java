package org.techsov.store.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Writes a {@link ResultTable} to a CSV (with header) or Parquet (zstd) file through an in-memory
 * DuckDB: rows go in through the appender and DuckDB's own writers produce the file, so big tables
 * are written at the store's speed and both formats share one encoding (NaN as an empty value).
 */
public final class ResultFiles {
  /** The file formats {@link #write} produces. */
  public enum Format {
    CSV("FORMAT CSV, HEADER true"),
    PARQUET("FORMAT PARQUET, COMPRESSION zstd");

    private final String copyOptions;

    Format(String copyOptions) {
      this.copyOptions = copyOptions;
    }

    /** The format named {@code csv} or {@code parquet}. */
    public static Format parse(String s) {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
  }

  private ResultFiles() {}

  /** Writes the table to {@code file}, replacing it; returns the number of rows written. */
  public static long write(ResultTable table, Format format, Path file) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET memory_limit = '512MB'");
      s.execute("SET preserve_insertion_order = true");
      s.execute("CREATE TABLE result (" + definition(table.columns()) + ")");
      append(c, table);
      s.execute(
          "COPY result TO '"
              + DuckDbStore.sqlString(file.toAbsolutePath())
              + "' ("
              + format.copyOptions
              + ")");
      return table.rows();
    } catch (SQLException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String definition(List<ResultTable.Column> columns) {
    StringBuilder sb = new StringBuilder();
    for (ResultTable.Column col : columns) {
      String type =
          col instanceof ResultTable.Text
              ? "VARCHAR"
              : col instanceof ResultTable.Whole ? "INTEGER" : "DOUBLE";
      sb.append(sb.length() == 0 ? "" : ", ")
          .append('"')
          .append(col.name().replace("\"", "\"\""))
          .append("\" ")
          .append(type);
    }
    return sb.toString();
  }

  private static void append(Connection c, ResultTable table) throws SQLException {
    List<ResultTable.Column> columns = table.columns();
    try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("result")) {
      for (long r = 0; r < table.rows(); r++) {
        a.beginRow();
        for (ResultTable.Column col : columns) {
          if (col instanceof ResultTable.Text t) {
            a.append(t.values().apply(r));
          } else if (col instanceof ResultTable.Whole w) {
            a.append(w.values().applyAsInt(r));
          } else if (col instanceof ResultTable.Decimal d) {
            appendDecimal(a, d.values().applyAsDouble(r));
          }
        }
        a.endRow();
      }
    }
  }

  private static void appendDecimal(DuckDBAppender a, double v) throws SQLException {
    if (Double.isNaN(v)) {
      a.appendNull();
    } else {
      a.append(v);
    }
  }
}
