package org.techsov.ingest.baci;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Finds where parsed rows sit in a CSV file. The bulk loader knows a rejected row only by its
 * position among the rows it parsed; this reads the file once, segmenting records as the loader
 * does (the header first, blank lines skipped, newlines inside double quotes kept in the record,
 * and the lines the parser refused skipped), and returns each wanted row's line number and text.
 */
public final class RecordLocator {
  /** A located row: the line it starts on and its text. */
  public record Located(long line, String text) {}

  private RecordLocator() {}

  /**
   * @param refusedLines start lines of records the parser refused (they have no ordinal), sorted
   * @param ordinals 0-based ordinals among accepted rows to locate
   */
  public static Map<Long, Located> locate(BaciFile file, long[] refusedLines, long[] ordinals) {
    long[] wanted = ordinals.clone();
    Arrays.sort(wanted);
    Map<Long, Located> out = new HashMap<>();
    if (wanted.length == 0) {
      return out;
    }
    try (InputStream in =
        new BufferedInputStream(BaciFileInspector.open(file.path(), file.gzip()), 1 << 16)) {
      new Scan(in, refusedLines, wanted, out).run();
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot re-read " + file.path() + " to locate rejected rows", e);
    }
    return out;
  }

  /** One pass over the bytes. */
  private static final class Scan {
    private final InputStream in;
    private final long[] refused;
    private final long[] wanted;
    private final Map<Long, Located> out;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private long line = 1;
    private long ordinal;
    private int nextWanted;
    private int nextRefused;

    Scan(InputStream in, long[] refused, long[] wanted, Map<Long, Located> out) {
      this.in = in;
      this.refused = refused;
      this.wanted = wanted;
      this.out = out;
    }

    void run() throws IOException {
      skipRecord(false); // the header
      while (nextWanted < wanted.length) {
        long start = line;
        boolean isRefused = advanceRefused(start);
        boolean capture = !isRefused && ordinal == wanted[nextWanted];
        int length = skipRecord(capture);
        if (length < 0) {
          return; // end of file
        }
        if (length == 0) {
          continue; // blank line: not a record
        }
        if (!isRefused) {
          if (capture) {
            out.put(ordinal, new Located(start, text.toString(StandardCharsets.UTF_8)));
            nextWanted++;
            while (nextWanted < wanted.length && wanted[nextWanted] == ordinal) {
              nextWanted++;
            }
          }
          ordinal++;
        }
      }
    }

    private boolean advanceRefused(long start) {
      while (nextRefused < refused.length && refused[nextRefused] < start) {
        nextRefused++;
      }
      return nextRefused < refused.length && refused[nextRefused] == start;
    }

    /**
     * Reads one record; returns its length without the line end (0 for a blank line) or -1 at the
     * end of the file.
     */
    private int skipRecord(boolean capture) throws IOException {
      text.reset();
      boolean quoted = false;
      int length = 0;
      int b = in.read();
      if (b < 0) {
        return -1;
      }
      while (b >= 0) {
        if (b == '"') {
          quoted = !quoted;
        } else if (b == '\n') {
          line++;
          if (!quoted) {
            break;
          }
        }
        if (b != '\r' || quoted) {
          length++;
          if (capture) {
            text.write(b);
          }
        }
        b = in.read();
      }
      return length;
    }
  }
}
