package org.techsov.engine.dependency;

import java.time.LocalDate;

/**
 * The few ways in which the engines' SQL differs. Analyses are written once against this and the
 * canonical schema, so the embedded engine and a cluster engine run the same definition.
 *
 * @param name the dialect's name
 * @param intDivOperator integer division operator ({@code //} in DuckDB, {@code DIV} in Spark)
 * @param topNAggregate whether the engine has an aggregate returning the top N values with their
 *     arguments ({@code max_by(arg, key, n)}); otherwise top suppliers come from a window function
 */
public record SqlDialect(String name, String intDivOperator, boolean topNAggregate) {
  /** DuckDB, with its top-N aggregate. */
  public static final SqlDialect DUCKDB = new SqlDialect("duckdb", "//", true);

  /** DuckDB restricted to the window-function form that other engines share. */
  public static final SqlDialect DUCKDB_WINDOWED = new SqlDialect("duckdb-windowed", "//", false);

  /** Spark SQL. */
  public static final SqlDialect SPARK = new SqlDialect("spark", "DIV", false);

  /** Integer division, truncating. */
  public String intDiv(String left, String right) {
    return "(" + left + " " + intDivOperator + " " + right + ")";
  }

  /** A date literal. */
  public String date(LocalDate d) {
    return "DATE '" + d + "'";
  }

  /** A string literal. */
  public String string(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
