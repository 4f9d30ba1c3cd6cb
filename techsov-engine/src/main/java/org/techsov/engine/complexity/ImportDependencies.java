package org.techsov.engine.complexity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.techsov.core.complexity.ImportDependency;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.dependency.DependencyEngine;

/**
 * The import dependency of one country per product, from the dependency analysis, as the
 * feasibility ranking takes it: import value (current US dollars), supplier HHI (0-1) and the share
 * of one bloc (0-1, membership taken at {@code blocDate}).
 */
public final class ImportDependencies {
  private ImportDependencies() {}

  /**
   * Runs the dependency analysis for {@code importer} in {@code year} at the matrix's product level
   * (HS6 or HS4), restricted to the technology {@code areas} when any are given.
   */
  public static List<ImportDependency> of(
      DependencyEngine engine,
      CountryCode importer,
      int year,
      GroupLevel level,
      List<String> areas,
      String bloc,
      LocalDate blocDate) {
    DependencyQuery q =
        new DependencyQuery(
            List.of(importer),
            year,
            year,
            level,
            areas,
            List.of(),
            List.of(bloc),
            blocDate,
            OptionalInt.empty(),
            0);
    List<ImportDependency> out = new ArrayList<>();
    for (DependencyRow r : engine.run(q)) {
      out.add(
          new ImportDependency(
              r.group().code(), r.importValueUsd(), clamp(r.hhi()), clamp(r.blocShare(bloc))));
    }
    return out;
  }

  // sums of squares can exceed 1 by an ulp; the ranking checks shares lie within [0, 1]
  private static double clamp(double share) {
    return Double.isNaN(share) ? share : Math.min(1.0, Math.max(0.0, share));
  }
}
