package org.techsov.ingest.rows;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Optional;

/** One record of a data file with its header: fields by column name, stripped. */
public final class Row {
  private final Header header;
  private final CsvRecord record;

  Row(Header header, CsvRecord record) {
    this.header = header;
    this.record = record;
  }

  /** 1-based line the record starts on. */
  public long line() {
    return record.getStartingLineNumber();
  }

  /** The field of a column the header has; an empty string when the record is short. */
  public String get(String column) {
    int i = header.index(column);
    return i < record.getFieldCount() ? record.getField(i).strip() : "";
  }

  /** The field of an optional column, empty when the header lacks it or the field is blank. */
  public Optional<String> optional(String column) {
    if (!header.has(column)) {
      return Optional.empty();
    }
    String v = get(column);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** The record as text, fields joined with the file's separator. */
  public String raw() {
    return String.join(String.valueOf(header.separator()), record.getFields());
  }

  public int fieldCount() {
    return record.getFieldCount();
  }
}
