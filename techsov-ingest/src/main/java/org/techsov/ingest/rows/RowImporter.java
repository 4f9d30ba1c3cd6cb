package org.techsov.ingest.rows;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ImportRecord;
import org.techsov.core.spi.LineReject;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.spi.RowImportRequest;
import org.techsov.core.spi.RowStaging;
import org.techsov.core.spi.StagedRows;
import org.techsov.ingest.baci.ImportOutcome;
import org.techsov.ingest.baci.RejectFileWriter;
import org.techsov.ingest.baci.RejectedRow;

/**
 * Imports a file row by row, all or nothing: each record is parsed and checked, rejected rows are
 * written to the reject file with file, line, field, raw value and reason, good rows go to the
 * store inside one transaction, the store's own rules (duplicates, overlaps) run, and the import
 * commits with {@code read = stored + rejected}. A file imported before (same SHA-256) is skipped
 * unless replacement is asked for; above the reject rate nothing is stored.
 *
 * @param <T> the row type
 */
public final class RowImporter<T> {
  private static final int PROGRESS_EVERY = 100_000;

  private final Function<String, Optional<ImportRecord>> earlier;
  private final Function<RowImportRequest, RowStaging<T>> stager;

  /**
   * @param earlier finds a completed import by checksum
   * @param stager opens the store's transaction for the rows
   */
  public RowImporter(
      Function<String, Optional<ImportRecord>> earlier,
      Function<RowImportRequest, RowStaging<T>> stager) {
    this.earlier = earlier;
    this.stager = stager;
  }

  public ImportOutcome run(RowParser<T> parser, RowImportOptions o, ProgressListener progress) {
    RowFile file = RowFile.of(o.file());
    Optional<ImportRecord> before = earlier.apply(file.checksum());
    if (before.isPresent() && !o.replace()) {
      return new ImportOutcome(before.get(), true, List.of());
    }
    char separator = separator(file);
    List<RejectedRow> rejects = new ArrayList<>();
    long[] counts = new long[2]; // rows read, expected rejects
    try (Reader reader = reader(file);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .ofCsvRecord(reader)) {
      Iterator<CsvRecord> it = csv.iterator();
      if (!it.hasNext()) {
        throw new TechsovException(ErrorCode.EMPTY_FILE, file.fileName() + ": the file is empty");
      }
      Header header = new Header(file.fileName(), separator, it.next().getFields());
      parser.header(header);
      RowImportRequest request =
          new RowImportRequest(
              parser.source(),
              file.fileName(),
              file.checksum(),
              file.sizeBytes(),
              parser.revision(),
              o.replace(),
              parser.productGroups());
      try (RowStaging<T> staging = stager.apply(request)) {
        read(it, header, parser, staging, rejects, counts, file.fileName(), progress);
        StagedRows staged = staging.finish(progress);
        rejects.addAll(located(file, separator, staged.rejects()));
        rejects.sort(Comparator.comparingLong(RejectedRow::line));
        String rejectFile = "";
        if (!rejects.isEmpty()) {
          RejectFileWriter.write(o.rejectFile(), rejects);
          rejectFile = o.rejectFile().toString();
        }
        checkRejectRate(o, file, counts[0], rejects.size() - counts[1]);
        String note = note(parser, staged, counts[1]);
        ImportRecord record = staging.commit(counts[0], rejects.size(), rejectFile, note);
        return new ImportOutcome(record, false, rejects);
      }
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE, file.fileName() + ": cannot be read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE,
          file.fileName() + ": cannot be read (truncated or corrupt?): " + e.getMessage(),
          e);
    }
  }

  private static <T> void read(
      Iterator<CsvRecord> it,
      Header header,
      RowParser<T> parser,
      RowStaging<T> staging,
      List<RejectedRow> rejects,
      long[] counts,
      String name,
      ProgressListener progress) {
    while (it.hasNext()) {
      Row row = new Row(header, it.next());
      List<RowParser.Parsed<T>> parsed;
      try {
        if (row.fieldCount() != header.size()) {
          throw new RowError(
              "",
              "",
              "the record has " + row.fieldCount() + " fields, the header " + header.size());
        }
        parsed = parser.parse(row);
      } catch (RowError e) {
        parsed = List.of(RowParser.Parsed.rejected(e));
      }
      for (RowParser.Parsed<T> p : parsed) {
        counts[0]++;
        if (p.error() != null) {
          RowError e = p.error();
          rejects.add(
              new RejectedRow(
                  name, row.line(), e.field(), e.rawValue(), e.getMessage(), row.raw()));
          if (e.isExpected()) {
            counts[1]++;
          }
        } else {
          staging.append(p.row(), row.line());
        }
        if (counts[0] % PROGRESS_EVERY == 0) {
          progress.update("read", counts[0], -1);
        }
      }
    }
  }

  private static String note(RowParser<?> parser, StagedRows staged, long expected) {
    List<String> notes = new ArrayList<>();
    if (!parser.summary().isEmpty()) {
      notes.add(parser.summary());
    }
    if (staged.notCounted() > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%,d stored rows not counted (totals overlapped by finer rows, re-export subsets,"
                  + " or a preferred source)",
              staged.notCounted()));
    }
    if (expected > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%,d aggregate or breakdown rows not stored (see the reject file)",
              expected));
    }
    return String.join("; ", notes);
  }

  private static void checkRejectRate(RowImportOptions o, RowFile file, long read, long errors) {
    double rate = read == 0 ? 0 : (double) errors / read;
    if (rate > o.maxRejectRate()) {
      throw new TechsovException(
          ErrorCode.TOO_MANY_REJECTS,
          String.format(
              Locale.ROOT,
              "%s: %d of %d rows rejected (%.1f%%), more than the allowed %.1f%%; nothing was"
                  + " stored. Rejected rows and reasons: %s (raise --max-reject-rate to store the"
                  + " good rows)",
              file.fileName(),
              errors,
              read,
              100 * rate,
              100 * o.maxRejectRate(),
              o.rejectFile()));
    }
  }

  /** The rows the store rejected, with their text read again from the file. */
  private static List<RejectedRow> located(RowFile file, char separator, List<LineReject> rs)
      throws IOException {
    if (rs.isEmpty()) {
      return List.of();
    }
    Set<Long> lines = new TreeSet<>();
    rs.forEach(r -> lines.add(r.line()));
    Map<Long, String> text = new HashMap<>();
    try (Reader reader = reader(file);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .ofCsvRecord(reader)) {
      for (CsvRecord r : csv) {
        if (lines.contains(r.getStartingLineNumber())) {
          text.put(
              r.getStartingLineNumber(), String.join(String.valueOf(separator), r.getFields()));
        }
      }
    }
    List<RejectedRow> out = new ArrayList<>();
    for (LineReject r : rs) {
      out.add(
          new RejectedRow(
              file.fileName(),
              r.line(),
              r.field(),
              "",
              r.reason(),
              text.getOrDefault(r.line(), "")));
    }
    return out;
  }

  private static Reader reader(RowFile file) throws IOException {
    return new InputStreamReader(file.open(), StandardCharsets.UTF_8);
  }

  /** A tab when the header has more tabs than commas, a semicolon likewise, else a comma. */
  static char separator(RowFile file) {
    try (BufferedReader r = new BufferedReader(reader(file))) {
      String first = r.readLine();
      if (first == null) {
        throw new TechsovException(ErrorCode.EMPTY_FILE, file.fileName() + ": the file is empty");
      }
      long commas = first.chars().filter(ch -> ch == ',').count();
      long tabs = first.chars().filter(ch -> ch == '\t').count();
      long semis = first.chars().filter(ch -> ch == ';').count();
      if (tabs > commas && tabs >= semis) {
        return '\t';
      }
      return semis > commas ? ';' : ',';
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE, file.fileName() + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
