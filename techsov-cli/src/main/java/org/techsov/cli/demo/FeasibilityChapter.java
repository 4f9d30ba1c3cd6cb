package org.techsov.cli.demo;

import java.io.PrintWriter;
import java.util.List;
import org.techsov.cli.support.FeasibilityTables;
import org.techsov.cli.support.FeasibilityText;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.EconomicComplexity;
import org.techsov.core.complexity.FeasibilityRanking;
import org.techsov.core.complexity.FeasibilityReport;
import org.techsov.core.complexity.ImportDependency;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.spi.ProgressListener;
import org.techsov.engine.complexity.ExportMatrixQuery;
import org.techsov.engine.complexity.ImportDependencies;
import org.techsov.engine.dependency.DependencyEngine;

/**
 * Chapter 3: the imported technology products the target is closest to making itself (high density
 * and COG, and a large, concentrated import dependency on China), and those far out of reach
 * (lowest density).
 */
public final class FeasibilityChapter implements DemoChapter {
  @Override
  public int number() {
    return 3;
  }

  static final int YEAR = 2023;
  static final String BLOC = "CHN_HK";
  static final int ROWS = 6;

  @Override
  public String title() {
    return "Feasibility: which imported technology products Russia could make itself ("
        + YEAR
        + ")";
  }

  @Override
  public void run(DemoContext c) {
    PrintWriter out = c.out();
    List<ImportDependency> imports =
        ImportDependencies.of(
            new DependencyEngine(c.store().connection()),
            new CountryCode("RUS"),
            YEAR,
            GroupLevel.HS6,
            DependencyChapter.AREAS,
            BLOC,
            DependencyChapter.BLOC_DATE);
    ComplexityResult year =
        EconomicComplexity.compute(
            new ExportMatrixQuery(c.store().connection())
                .year(YEAR, GroupLevel.HS6, ProgressListener.NONE),
            ComplexityOptions.defaults());
    FeasibilityReport report = FeasibilityRanking.rank(year, "RUS", imports);
    int r = year.countryIndex("RUS");
    out.printf(
        "   Russia exports %d of %d products with RCA >= 1 (ECI %.2f, rank %d of %d); it imports"
            + " %d technology products it does not export.%n",
        year.diversity(r),
        year.products().size(),
        year.eci(r),
        eciRank(year, r),
        year.countries().size(),
        report.candidates().size());
    out.println("   Closest to its capabilities and most depended on (China's share of imports):");
    FeasibilityText.table(report.top(ROWS), BLOC, true).print(out);
    out.println("   Far out of reach (lowest density):");
    FeasibilityText.table(FeasibilityTables.outOfReach(report, ROWS), BLOC, false).print(out);
    out.println(
        "   reproduce: techsov feasibility --db "
            + c.database()
            + " --country RUS --year "
            + YEAR
            + " --area "
            + String.join(",", DependencyChapter.AREAS)
            + " --bloc "
            + BLOC
            + " --bloc-date "
            + DependencyChapter.BLOC_DATE
            + " --top "
            + ROWS
            + " --out-of-reach "
            + ROWS);
  }

  private static int eciRank(ComplexityResult year, int r) {
    int rank = 1;
    for (int c = 0; c < year.countries().size(); c++) {
      if (year.eci(c) > year.eci(r)) {
        rank++;
      }
    }
    return rank;
  }
}
