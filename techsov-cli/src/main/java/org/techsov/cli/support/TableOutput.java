package org.techsov.cli.support;

import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;
import org.techsov.store.duckdb.ResultFiles;
import org.techsov.store.duckdb.ResultTable;

/**
 * Writes {@link ResultTable}s as CSV or JSON to a writer, and names the files a multi-table result
 * goes to. NaN (undefined) numbers are empty in CSV and null in JSON.
 */
public final class TableOutput {
  private TableOutput() {}

  /** Refuses a format other than table, csv, json or parquet, and parquet without a file. */
  public static void checkFormat(String format, Path out) {
    if (!List.of("table", "csv", "json", "parquet").contains(format)) {
      throw TechsovException.invalidArgument(
          "unknown format '" + format + "' (use table, csv, json or parquet)");
    }
    if (format.equals("parquet") && out == null) {
      throw TechsovException.invalidArgument("--format parquet needs --out FILE");
    }
  }

  /**
   * Writes tables as CSV to {@code w}, a blank line between them, when {@code out} is null;
   * otherwise each table to its own CSV or Parquet file named after {@code out} (see {@link
   * #fileFor}), printing {@code "wrote N rows to FILE"} and reporting progress per file.
   */
  public static void writeAll(
      List<ResultTable> tables, String format, Path out, PrintWriter w, ProgressListener progress) {
    for (int i = 0; i < tables.size(); i++) {
      ResultTable t = tables.get(i);
      if (out == null) {
        if (i > 0) {
          w.println();
        }
        csv(t, w);
      } else {
        Path file = fileFor(out, t.name(), format);
        long n = toFile(t, format, file);
        w.printf(Locale.ROOT, "wrote %,d rows to %s%n", n, file);
        progress.update("write", i + 1, tables.size());
      }
    }
  }

  /** CSV with a header row. */
  public static void csv(ResultTable t, Writer out) {
    List<ResultTable.Column> cols = t.columns();
    CsvWriter w = CsvWriter.builder().build(out);
    List<String> head = new ArrayList<>();
    cols.forEach(c -> head.add(c.name()));
    w.writeRecord(head);
    String[] cells = new String[cols.size()];
    for (long r = 0; r < t.rows(); r++) {
      for (int i = 0; i < cells.length; i++) {
        Object v = cols.get(i).value(r);
        cells[i] = v == null ? "" : v.toString();
      }
      w.writeRecord(cells);
    }
    try {
      w.flush();
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot write CSV: " + e, e);
    }
  }

  /** The table as a JSON array field named after it, one object per row. */
  public static void json(ResultTable t, JsonGenerator g) throws IOException {
    List<ResultTable.Column> cols = t.columns();
    g.writeArrayFieldStart(t.name());
    for (long r = 0; r < t.rows(); r++) {
      g.writeStartObject();
      for (ResultTable.Column c : cols) {
        Object v = c.value(r);
        g.writeFieldName(c.name());
        if (v == null) {
          g.writeNull();
        } else if (v instanceof String s) {
          g.writeString(s);
        } else if (v instanceof Integer i) {
          g.writeNumber(i);
        } else {
          g.writeNumber((Double) v);
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes a table to a CSV or Parquet file; returns the rows written. CSV is written here, so that
   * commands writing CSV need not start the embedded database; Parquet goes through it.
   */
  public static long toFile(ResultTable t, String format, Path file) {
    if (format.equals("parquet")) {
      return ResultFiles.write(t, ResultFiles.Format.PARQUET, file);
    }
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      csv(t, w);
      return t.rows();
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot write " + file + ": " + e, e);
    }
  }

  /**
   * The file a table of a multi-table result goes to: {@code out.csv} and table {@code countries}
   * give {@code out-countries.csv}.
   */
  public static Path fileFor(Path out, String table, String extension) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return out.resolveSibling(base + "-" + table + "." + extension);
  }
}
