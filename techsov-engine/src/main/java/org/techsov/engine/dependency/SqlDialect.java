package org.techsov.engine.dependency;

import java.time.LocalDate;

/**
 * The few expressions in which the engines' SQL differs. Analyses are written once against this
 * interface and the canonical schema, so the embedded engine and a cluster engine run the same
 * definition.
 */
public interface SqlDialect {
  /** Integer division, truncating. */
  String intDiv(String left, String right);

  /** A date literal. */
  default String date(LocalDate d) {
    return "DATE '" + d + "'";
  }

  /** A string literal. */
  default String string(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** DuckDB's dialect. */
  SqlDialect DUCKDB = (l, r) -> "(" + l + " // " + r + ")";

  /** Spark SQL's dialect. */
  SqlDialect SPARK = (l, r) -> "(" + l + " DIV " + r + ")";
}
