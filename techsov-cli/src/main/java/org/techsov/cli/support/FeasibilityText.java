package org.techsov.cli.support;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.techsov.core.complexity.FeasibilityCandidate;
import org.techsov.core.complexity.FeasibilityReport;

/** The text-table form of a feasibility report. */
public final class FeasibilityText {
  private FeasibilityText() {}

  public static void print(
      FeasibilityReport report,
      List<FeasibilityCandidate> ranked,
      List<FeasibilityCandidate> far,
      String heading,
      String bloc,
      PrintWriter w) {
    w.printf(
        Locale.ROOT,
        "Import-substitution candidates of %s, %d (%s)%n",
        report.country(),
        report.year(),
        heading);
    w.printf(
        Locale.ROOT,
        "%d imported products it does not export with RCA presence; %d imported products have"
            + " no complexity data%n",
        report.candidates().size(),
        report.importsWithoutComplexityData().size());
    if (report.candidates().isEmpty()) {
      return;
    }
    w.println();
    w.printf(
        Locale.ROOT,
        "High dependency and high feasibility first (%d of %d):%n",
        ranked.size(),
        report.candidates().size());
    table(ranked, bloc, true).print(w);
    w.println();
    w.printf(
        Locale.ROOT,
        "Out of reach: imported, lowest density (%d of %d):%n",
        far.size(),
        report.candidates().size());
    table(far, bloc, false).print(w);
  }

  /** The candidates with density, COG, import value and bloc share. */
  public static TextTable table(List<FeasibilityCandidate> rows, String bloc, boolean scores) {
    TextTable t =
        scores
            ? new TextTable(
                "rank",
                "product",
                "density",
                "COG",
                "PCI",
                "imports USD",
                "HHI",
                bloc,
                "feasibility",
                "dependency")
            : new TextTable("rank", "product", "density", "COG", "PCI", "imports USD", "HHI", bloc);
    for (FeasibilityCandidate c : rows) {
      Object[] cells = {
        c.rank(),
        c.product(),
        TextTable.num(c.density(), 3),
        TextTable.num(c.cog(), 3),
        TextTable.num(c.pci(), 2),
        TextTable.usd(c.importValue()),
        TextTable.num(c.hhi(), 2),
        TextTable.pct(c.blocShare()),
        TextTable.num(c.feasibility(), 2),
        TextTable.num(c.dependency(), 2)
      };
      t.row(scores ? cells : java.util.Arrays.copyOf(cells, 8));
    }
    return t;
  }
}
