package org.techsov.cli.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.techsov.core.complexity.FeasibilityCandidate;
import org.techsov.core.complexity.FeasibilityReport;
import org.techsov.store.duckdb.ResultTable;

/**
 * The feasibility report as tables: the candidates in ranked order ("high dependency, high
 * feasibility" first), and the candidates out of reach (lowest density first, the larger import
 * value first among equals).
 */
public final class FeasibilityTables {
  private FeasibilityTables() {}

  /** The first {@code top} candidates (all with 0). */
  public static List<FeasibilityCandidate> ranked(FeasibilityReport report, int top) {
    return top == 0 ? report.candidates() : report.top(top);
  }

  /** The {@code n} candidates with the lowest density. */
  public static List<FeasibilityCandidate> outOfReach(FeasibilityReport report, int n) {
    List<FeasibilityCandidate> all = new ArrayList<>(report.candidates());
    all.sort(
        Comparator.comparingDouble(FeasibilityCandidate::density)
            .thenComparing(Comparator.comparingDouble(FeasibilityCandidate::importValue).reversed())
            .thenComparing(FeasibilityCandidate::product));
    return all.subList(0, Math.min(n, all.size()));
  }

  public static ResultTable table(
      String name, int year, String country, List<FeasibilityCandidate> c) {
    return new ResultTable(name, c.size())
        .whole("year", r -> year)
        .text("country", r -> country)
        .whole("rank", r -> c.get((int) r).rank())
        .text("product", r -> c.get((int) r).product())
        .decimal("density", r -> c.get((int) r).density())
        .decimal("cog", r -> c.get((int) r).cog())
        .decimal("pci", r -> c.get((int) r).pci())
        .decimal("rca", r -> c.get((int) r).rca())
        .decimal("import_value_usd", r -> c.get((int) r).importValue())
        .decimal("hhi", r -> c.get((int) r).hhi())
        .decimal("bloc_share", r -> c.get((int) r).blocShare())
        .decimal("feasibility", r -> c.get((int) r).feasibility())
        .decimal("dependency", r -> c.get((int) r).dependency())
        .decimal("priority", r -> c.get((int) r).priority())
        .whole("density_rank", r -> c.get((int) r).densityRank())
        .whole("cog_rank", r -> c.get((int) r).cogRank());
  }
}
