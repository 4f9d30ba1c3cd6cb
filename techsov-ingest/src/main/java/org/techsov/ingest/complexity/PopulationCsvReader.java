package org.techsov.ingest.complexity;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.techsov.core.complexity.Population;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;

/**
 * Reads a population table for the RPOP presence test: a CSV file with the columns {@code
 * country,population} and, optionally, {@code year} (without it the figures apply to every year).
 * Population is a count of persons, finite and {@code > 0}. All or nothing, like {@link
 * ExportMatrixCsvReader}: every bad row and every repeated country (and year) is reported with
 * file, line and field before the file is refused.
 */
public final class PopulationCsvReader {
  private PopulationCsvReader() {}

  public static PopulationTable read(Path file) {
    LongCsv csv = new LongCsv(file);
    CsvProblems problems = new CsvProblems(csv.name());
    Map<Integer, Map<String, Double>> byYear = new TreeMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    int[][] col = new int[1][];
    csv.read(
        () -> {
          int[] named = csv.require("country", "population");
          col[0] = new int[] {csv.column("year"), named[0], named[1]};
        },
        r -> row(r, col[0], byYear, firstLine, problems),
        "population",
        ProgressListener.NONE);
    problems.throwIfAny();
    if (byYear.isEmpty()) {
      throw new TechsovException(
          ErrorCode.EMPTY_FILE, csv.name() + ": no data rows after the header");
    }
    Map<Integer, Population> out = new TreeMap<>();
    byYear.forEach((y, m) -> out.put(y, new Population(m)));
    return new PopulationTable(csv.name(), col[0][0] >= 0, out);
  }

  private static void row(
      CsvRecord r,
      int[] col,
      Map<Integer, Map<String, Double>> byYear,
      Map<String, Long> firstLine,
      CsvProblems problems) {
    long line = r.getStartingLineNumber();
    long before = problems.count();
    int year =
        col[0] < 0
            ? PopulationTable.EVERY_YEAR
            : CsvFields.year(LongCsv.field(r, col[0]), line, "year", problems);
    String country = LongCsv.field(r, col[1]);
    CsvFields.label(country, line, "country", problems);
    double persons = CsvFields.number(LongCsv.field(r, col[2]), line, "population", true, problems);
    if (problems.count() != before) {
      return;
    }
    Long earlier = firstLine.putIfAbsent(year + "\u0000" + country, line);
    if (earlier != null) {
      problems.add(line, "", "", "duplicate of line " + earlier + " (country " + country + ")");
      return;
    }
    byYear.computeIfAbsent(year, y -> new HashMap<>()).put(country, persons);
  }
}
