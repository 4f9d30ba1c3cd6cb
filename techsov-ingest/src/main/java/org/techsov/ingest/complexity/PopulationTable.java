package org.techsov.ingest.complexity;

import java.util.Map;
import org.techsov.core.complexity.Population;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Population by year, as read by {@link PopulationCsvReader}.
 *
 * @param file the file's name, for messages
 * @param byYearColumn whether the file had a year column (otherwise one table serves every year)
 * @param years the tables by year ({@link #EVERY_YEAR} when there was no year column)
 */
public record PopulationTable(String file, boolean byYearColumn, Map<Integer, Population> years) {
  /** The key of the one table of a file without a year column. */
  public static final int EVERY_YEAR = 0;

  public PopulationTable {
    years = Map.copyOf(years);
  }

  /** The population of {@code year}, or a not-found error naming the file. */
  public Population forYear(int year) {
    Population p = years.get(byYearColumn ? year : EVERY_YEAR);
    if (p == null) {
      throw new TechsovException(
          ErrorCode.NO_DATA, file + " has no population figures for " + year);
    }
    return p;
  }
}
