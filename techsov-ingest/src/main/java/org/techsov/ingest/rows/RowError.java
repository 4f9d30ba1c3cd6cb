package org.techsov.ingest.rows;

/**
 * Thrown by a parser for a row it does not store: the field at fault, its raw text and why.
 * Expected rejects are rows a source writes on purpose that techsov does not store (aggregates such
 * as partner "World", breakdowns of a total): they are written to the reject file like any other
 * but do not count towards the reject rate that fails an import.
 */
public final class RowError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rawValue;
  private final boolean expected;

  public RowError(String field, String rawValue, String reason) {
    this(field, rawValue, reason, false);
  }

  public RowError(String field, String rawValue, String reason, boolean expected) {
    super(reason, null, false, false);
    this.field = field;
    this.rawValue = rawValue == null ? "" : rawValue;
    this.expected = expected;
  }

  /** An aggregate or breakdown row the source writes on purpose. */
  public static RowError aggregate(String field, String rawValue, String reason) {
    return new RowError(field, rawValue, reason, true);
  }

  public String field() {
    return field;
  }

  public String rawValue() {
    return rawValue;
  }

  public boolean isExpected() {
    return expected;
  }
}
