package org.techsov.ingest.complexity;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;

/**
 * Reads a headed CSV record by record, mapping named columns to positions and reporting progress by
 * bytes read. Field counts are checked by the caller, so a short or long row is a bad row like any
 * other rather than the end of the read.
 */
final class LongCsv {
  private final Path file;
  private final String name;
  private Map<String, Integer> columns;

  LongCsv(Path file) {
    this.file = file;
    this.name = String.valueOf(file.getFileName());
  }

  String name() {
    return name;
  }

  /** The position of a column, or -1. */
  int column(String column) {
    return columns.getOrDefault(column, -1);
  }

  /** The positions of required columns, or an error naming the file and its header. */
  int[] require(String... required) {
    int[] out = new int[required.length];
    for (int i = 0; i < required.length; i++) {
      out[i] = column(required[i]);
      if (out[i] < 0) {
        throw new TechsovException(
            ErrorCode.MALFORMED_FILE,
            name
                + " line 1: missing column "
                + required[i]
                + "; the header must have "
                + String.join(",", required)
                + " but has "
                + columns.keySet());
      }
    }
    return out;
  }

  /**
   * Reads the header, lets {@code onHeader} check it, then hands every data record to {@code
   * onRecord}.
   */
  void read(
      Runnable onHeader, Consumer<CsvRecord> onRecord, String stage, ProgressListener progress) {
    long size = size();
    try (Counting in = new Counting(Files.newInputStream(file));
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .detectBomHeader(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(in, StandardCharsets.UTF_8)) {
      long next = 0;
      for (CsvRecord r : csv) {
        if (columns == null) {
          header(r);
          onHeader.run();
          continue;
        }
        onRecord.accept(r);
        if (in.count >= next) {
          progress.update(stage, in.count, size);
          next = in.count + (1 << 20);
        }
      }
      if (columns == null) {
        throw new TechsovException(ErrorCode.EMPTY_FILE, name + ": the file is empty");
      }
      progress.update(stage, size, size);
    } catch (IOException | RuntimeException e) {
      throw wrap(e);
    }
  }

  private RuntimeException wrap(Exception e) {
    if (e instanceof TechsovException t) {
      return t;
    }
    if (e instanceof NoSuchFileException) {
      return new TechsovException(ErrorCode.FILE_NOT_FOUND, file + " does not exist");
    }
    if (e instanceof IOException) {
      return new TechsovException(ErrorCode.IO_FAILURE, "cannot read " + file + ": " + e, e);
    }
    return new TechsovException(ErrorCode.MALFORMED_FILE, name + ": cannot read CSV: " + e, e);
  }

  private long size() {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw wrap(e);
    }
  }

  private void header(CsvRecord r) {
    columns = new HashMap<>();
    for (int i = 0; i < r.getFieldCount(); i++) {
      String c = r.getField(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      columns.putIfAbsent(c, i);
    }
  }

  /** The stripped field, or null when the row is too short to have it. */
  static String field(CsvRecord r, int column) {
    return column < r.getFieldCount() ? r.getField(column).strip() : null;
  }

  /** Counts the bytes read, for progress. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b >= 0 ? 1 : 0;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }
}
