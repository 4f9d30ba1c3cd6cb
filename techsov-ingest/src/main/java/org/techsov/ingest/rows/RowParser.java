package org.techsov.ingest.rows;

import java.util.List;

/**
 * Turns the records of one file format into rows: checks the header once, then parses each record
 * into zero or more rows (a wide file holds several per record), throwing {@link RowError} for a
 * record it rejects.
 *
 * @param <T> the row type
 */
public interface RowParser<T> {
  /** The source recorded with the import, e.g. {@code COMEXT}. */
  String source();

  /** Resolves the columns; an error naming the file when a required one is missing. */
  void header(Header header);

  /**
   * The rows of a record. For a wide file, a cell-level problem is returned as a {@link
   * Parsed#rejected} entry so that the other cells of the record still count.
   */
  List<Parsed<T>> parse(Row row);

  /** What the import should record about how values and codes were read, e.g. rates used. */
  String summary();

  /** What the product codes are, e.g. {@code CN8 HS2017+HS2022 -> HS2022}. */
  String revision();

  /** HS2022 subheadings merged into groups by the concordance, for the store. */
  java.util.Map<Integer, Integer> productGroups();

  /**
   * One parsed row or one rejected cell.
   *
   * @param row the row, or null when rejected
   * @param error why it was rejected, or null
   */
  record Parsed<T>(T row, RowError error) {
    public static <T> Parsed<T> of(T row) {
      return new Parsed<>(row, null);
    }

    public static <T> Parsed<T> rejected(RowError error) {
      return new Parsed<>(null, error);
    }
  }
}
