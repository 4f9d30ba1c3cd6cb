package org.techsov.ingest.complexity;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.complexity.ExportMatrixBuilder;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;

/**
 * Reads user-supplied export matrices: a CSV file with a header and the columns {@code
 * year,country,product,export_value} (in any order, names case-insensitive, other columns ignored),
 * one row per country, product and year. Country and product are free labels; values are finite and
 * {@code >= 0} in one currency unit; a cell that is not listed is 0.
 *
 * <p>All or nothing: every bad row (short row, year not an integer within 1900-2100, empty label,
 * value not a finite non-negative number, the same year, country and product twice) is reported
 * with the file, line, field and raw value, and then the whole file is refused.
 */
public final class ExportMatrixCsvReader {
  static final String[] COLUMNS = {"year", "country", "product", "export_value"};

  private ExportMatrixCsvReader() {}

  /** The matrices of the file by year, in year order. */
  public static SortedMap<Integer, ExportMatrix> read(Path file, ProgressListener progress) {
    LongCsv csv = new LongCsv(file);
    CsvProblems problems = new CsvProblems(csv.name());
    Map<Integer, YearCells> years = new TreeMap<>();
    int[][] col = new int[1][];
    csv.read(
        () -> col[0] = csv.require(COLUMNS),
        r -> row(r, col[0], years, problems),
        "read",
        progress);
    problems.throwIfAny();
    if (years.isEmpty()) {
      throw new TechsovException(
          ErrorCode.EMPTY_FILE, csv.name() + ": no data rows after the header");
    }
    SortedMap<Integer, ExportMatrix> out = new TreeMap<>();
    years.forEach((y, cells) -> out.put(y, cells.builder.build()));
    return out;
  }

  private static void row(
      CsvRecord r, int[] col, Map<Integer, YearCells> years, CsvProblems problems) {
    long line = r.getStartingLineNumber();
    String year = LongCsv.field(r, col[0]);
    String country = LongCsv.field(r, col[1]);
    String product = LongCsv.field(r, col[2]);
    String value = LongCsv.field(r, col[3]);
    long before = problems.count();
    int y = CsvFields.year(year, line, COLUMNS[0], problems);
    CsvFields.label(country, line, COLUMNS[1], problems);
    CsvFields.label(product, line, COLUMNS[2], problems);
    double v = CsvFields.number(value, line, COLUMNS[3], false, problems);
    if (problems.count() != before) {
      return;
    }
    YearCells cells = years.computeIfAbsent(y, YearCells::new);
    int earlier = cells.builder.addCell(country, product, v);
    if (earlier >= 0) {
      problems.add(
          line,
          "",
          "",
          "duplicate of line "
              + cells.lines[earlier]
              + " (year "
              + y
              + ", country "
              + country
              + ", product "
              + product
              + ")");
    } else {
      cells.line(line);
    }
  }

  /** One year's builder and the line of each accepted cell, by cell number. */
  private static final class YearCells {
    final ExportMatrixBuilder builder;
    long[] lines = new long[1024];

    YearCells(int year) {
      builder = ExportMatrix.builder(year);
    }

    void line(long line) {
      int n = builder.cellCount() - 1;
      if (n >= lines.length) {
        lines = Arrays.copyOf(lines, lines.length * 2);
      }
      lines[n] = line;
    }
  }
}
