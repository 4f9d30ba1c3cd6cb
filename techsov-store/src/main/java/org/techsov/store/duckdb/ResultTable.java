package org.techsov.store.duckdb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;

/**
 * A table of analysis results described column by column, each column a function of the row number,
 * so that a million-row table is written without materialising a row object. Undefined numbers are
 * NaN and are written as empty (null) values.
 */
public final class ResultTable {
  /** One column: its name and how to get a row's value. */
  public sealed interface Column permits Text, Whole, Decimal {
    String name();

    /** The row's value as an object for JSON: String, Integer, Double or null. */
    Object value(long row);
  }

  /** A text column. */
  public record Text(String name, LongFunction<String> values) implements Column {
    @Override
    public Object value(long row) {
      return values.apply(row);
    }
  }

  /** An integer column. */
  public record Whole(String name, LongToIntFunction values) implements Column {
    @Override
    public Object value(long row) {
      return values.applyAsInt(row);
    }
  }

  /** A floating-point column; NaN is null. */
  public record Decimal(String name, LongToDoubleFunction values) implements Column {
    @Override
    public Object value(long row) {
      double v = values.applyAsDouble(row);
      return Double.isFinite(v) ? v : null;
    }
  }

  private final String name;
  private final long rows;
  private final List<Column> columns = new ArrayList<>();

  /**
   * @param name the table's name, e.g. {@code countries}
   * @param rows its number of rows
   */
  public ResultTable(String name, long rows) {
    this.name = name;
    this.rows = rows;
  }

  public ResultTable text(String column, LongFunction<String> values) {
    columns.add(new Text(column, values));
    return this;
  }

  public ResultTable whole(String column, LongToIntFunction values) {
    columns.add(new Whole(column, values));
    return this;
  }

  public ResultTable decimal(String column, LongToDoubleFunction values) {
    columns.add(new Decimal(column, values));
    return this;
  }

  public String name() {
    return name;
  }

  public long rows() {
    return rows;
  }

  public List<Column> columns() {
    return List.copyOf(columns);
  }
}
