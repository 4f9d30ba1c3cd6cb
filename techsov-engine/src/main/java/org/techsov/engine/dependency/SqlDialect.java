package org.techsov.engine.dependency;

import java.time.LocalDate;

/**
 * The few ways in which the engines' SQL differs. Analyses are written once against this and the
 * canonical schema, so the embedded engine and a cluster engine run the same definition.
 *
 * @param name the dialect's name
 * @param intDivOperator integer division operator ({@code //} in DuckDB, {@code DIV} in Spark)
 */
public record SqlDialect(String name, String intDivOperator) {
  /** DuckDB. */
  public static final SqlDialect DUCKDB = new SqlDialect("duckdb", "//");

  /** Spark SQL. */
  public static final SqlDialect SPARK = new SqlDialect("spark", "DIV");

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
