package org.techsov.ingest.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * A small CSV file held in memory with its header, for reference data and dictionaries. Lines
 * starting with {@code #} are comments; a byte-order mark is ignored; header names are matched
 * case-insensitively. Every error names the file, the line and the field.
 */
public final class CsvTable {
  private final String file;
  private final Map<String, Integer> columns;
  private final List<CsvRecord> rows;

  private CsvTable(String file, Map<String, Integer> columns, List<CsvRecord> rows) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
  }

  /** Reads a whole table from a stream named {@code file} in messages. */
  public static CsvTable read(String file, InputStream in) {
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .detectBomHeader(true)
                .ofCsvRecord(r)) {
      List<CsvRecord> all = new ArrayList<>();
      csv.forEach(all::add);
      if (all.isEmpty()) {
        throw new TechsovException(ErrorCode.EMPTY_FILE, file + ": the file is empty");
      }
      Map<String, Integer> cols = new HashMap<>();
      CsvRecord header = all.get(0);
      for (int i = 0; i < header.getFieldCount(); i++) {
        cols.put(normalise(header.getField(i)), i);
      }
      return new CsvTable(file, cols, all.subList(1, all.size()));
    } catch (IOException | RuntimeException e) {
      if (e instanceof TechsovException t) {
        throw t;
      }
      throw new TechsovException(ErrorCode.MALFORMED_FILE, file + ": cannot read CSV: " + e, e);
    }
  }

  private static String normalise(String name) {
    return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }

  public String file() {
    return file;
  }

  public List<CsvRecord> rows() {
    return rows;
  }

  public boolean hasColumn(String name) {
    return columns.containsKey(normalise(name));
  }

  /** The first of {@code names} that is a column, or an error naming the file and the header. */
  public String requireOneOf(String... names) {
    for (String n : names) {
      if (hasColumn(n)) {
        return n;
      }
    }
    throw new TechsovException(
        ErrorCode.MALFORMED_FILE,
        file
            + " line 1: missing column "
            + String.join(" or ", names)
            + "; header has "
            + columns.keySet());
  }

  /** The field's text, stripped; an error naming file, line and field when absent. */
  public String get(CsvRecord row, String column) {
    Integer i = columns.get(normalise(column));
    if (i == null) {
      requireOneOf(column);
    }
    if (i >= row.getFieldCount()) {
      throw error(row, column, "", "missing field");
    }
    return row.getField(i).strip();
  }

  /** An integer field, or an error naming file, line, field and the raw value. */
  public int getInt(CsvRecord row, String column) {
    String v = get(row, column);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw error(row, column, v, "not an integer");
    }
  }

  /** An error naming the file, the row's line, the field and the raw value. */
  public TechsovException error(CsvRecord row, String column, String raw, String reason) {
    return new TechsovException(
        ErrorCode.MALFORMED_FILE,
        file
            + " line "
            + row.getStartingLineNumber()
            + ", field "
            + column
            + (raw.isEmpty() ? "" : " ('" + raw + "')")
            + ": "
            + reason);
  }
}
