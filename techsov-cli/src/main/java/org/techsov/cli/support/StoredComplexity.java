package org.techsov.cli.support;

import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.EconomicComplexity;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;
import org.techsov.engine.complexity.ExportMatrixQuery;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreYears;

/** Economic complexity of a year of the stored flows: the matrix query, then the computation. */
public final class StoredComplexity {
  private StoredComplexity() {}

  /** The year asked for, or the last stored year; an error when it is not a plausible year. */
  public static int year(DuckDbStore store, Integer year) {
    if (year == null) {
      return StoreYears.of(store)[1];
    }
    requirePlausible(year);
    return year;
  }

  /** Refuses years outside 1950-2100 as user errors (typos, not missing data). */
  public static void requirePlausible(int year) {
    if (year < 1950 || year > 2100) {
      throw TechsovException.invalidArgument(
          "unknown year " + year + ": --year must lie within 1950-2100");
    }
  }

  public static ComplexityResult compute(
      DuckDbStore store,
      int year,
      GroupLevel level,
      ComplexityOptions options,
      ProgressListener progress) {
    ExportMatrix m = new ExportMatrixQuery(store.connection()).year(year, level, progress);
    return compute(m, null, options, progress);
  }

  /** Computes one matrix, reporting the stage. */
  public static ComplexityResult compute(
      ExportMatrix m,
      org.techsov.core.complexity.Population population,
      ComplexityOptions options,
      ProgressListener progress) {
    progress.update("compute", 0, 1);
    ComplexityResult r = EconomicComplexity.compute(m, population, options);
    progress.update("compute", 1, 1);
    return r;
  }
}
