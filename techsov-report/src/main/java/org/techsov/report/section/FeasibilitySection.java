package org.techsov.report.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.EconomicComplexity;
import org.techsov.core.complexity.FeasibilityCandidate;
import org.techsov.core.complexity.FeasibilityRanking;
import org.techsov.core.complexity.FeasibilityReport;
import org.techsov.core.dependency.BlocShare;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.ErrorCategory;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;
import org.techsov.engine.complexity.ExportMatrixQuery;
import org.techsov.engine.complexity.ImportDependencies;
import org.techsov.report.Block;
import org.techsov.report.ChartSpec;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportSection;
import org.techsov.report.Section;

/**
 * Import substitution: the technology products the country imports but does not export that it is
 * closest to making (density and COG from the economic complexity of the report's year, HS6) and
 * most depends on (import value, supplier concentration, the share of the report's bloc it buys the
 * most from), and those far out of reach (lowest density).
 */
public final class FeasibilitySection implements ReportSection {
  static final String TITLE = "Import substitution";
  static final int TOP = 10;

  @Override
  public Section build(ReportInput in) {
    ReportRequest r = in.request();
    String bloc = largestBloc(in);
    String command =
        "techsov feasibility --country "
            + r.country()
            + " --year "
            + r.year()
            + " --area "
            + String.join(",", r.areas())
            + " --bloc "
            + bloc
            + " --bloc-date "
            + r.blocDate()
            + " --top "
            + TOP
            + " --out-of-reach "
            + TOP;
    ComplexityResult year;
    FeasibilityReport report;
    try {
      year =
          EconomicComplexity.compute(
              new ExportMatrixQuery(in.connection())
                  .year(r.year(), GroupLevel.HS6, ProgressListener.NONE),
              ComplexityOptions.defaults());
      report =
          FeasibilityRanking.rank(
              year,
              r.country().alpha3(),
              ImportDependencies.of(
                  in.dependency(),
                  r.country(),
                  r.year(),
                  GroupLevel.HS6,
                  r.areas(),
                  bloc,
                  r.blocDate()));
    } catch (TechsovException e) {
      if (e.category() == ErrorCategory.INTERNAL || e.category() == ErrorCategory.EXTERNAL) {
        throw e;
      }
      return new Section(
          TITLE,
          List.of(
              new Block.Paragraph(
                  "Import substitution cannot be assessed for "
                      + r.country()
                      + " in "
                      + r.year()
                      + ": "
                      + e.getMessage()
                      + ". Reproduce with: "
                      + command)));
    }
    return new Section(TITLE, blocks(r, bloc, year, report, command));
  }

  /** The report's bloc with the largest value of the country's imports in its areas. */
  static String largestBloc(ReportInput in) {
    ReportRequest r = in.request();
    Map<String, Double> value = new LinkedHashMap<>();
    r.blocs().forEach(b -> value.put(b, 0.0));
    for (DependencyRow row : in.dependency().run(Figures.byArea(r, r.year(), r.year(), 0))) {
      for (BlocShare s : row.blocShares()) {
        if (Double.isFinite(s.share()) && Double.isFinite(row.importValueUsd())) {
          value.merge(s.bloc(), s.share() * row.importValueUsd(), Double::sum);
        }
      }
    }
    return value.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(r.blocs().get(0));
  }

  private static List<Block> blocks(
      ReportRequest r,
      String bloc,
      ComplexityResult year,
      FeasibilityReport report,
      String command) {
    List<Block> blocks = new ArrayList<>();
    int c = year.countryIndex(r.country().alpha3());
    blocks.add(
        new Block.Paragraph(
            String.format(
                Locale.ROOT,
                "In %d %s exported %d of %d products with revealed comparative advantage (ECI"
                    + " %.2f); it imported %d products of the report's technology areas that it does"
                    + " not export. Density (0-1) says how close a product is to what the country"
                    + " already exports, COG how much starting to export it would open up, PCI how"
                    + " complex it is; dependency ranks import value, supplier concentration (HHI)"
                    + " and the share bought from %s, the bloc it buys the most from. A candidate"
                    + " ranks high only when both feasibility and dependency are high.",
                r.year(),
                r.country(),
                year.diversity(c),
                year.products().size(),
                year.eci(c),
                report.candidates().size(),
                bloc)));
    List<FeasibilityCandidate> best = report.top(TOP);
    if (!best.isEmpty()) {
      blocks.add(
          new Block.Chart(
              new ChartSpec(
                  "Best-ranked candidates: feasibility and dependency (percentile ranks)",
                  ChartSpec.Kind.BAR,
                  best.stream().map(FeasibilityCandidate::product).toList(),
                  List.of(
                      new ChartSpec.Series(
                          "feasibility",
                          best.stream().map(FeasibilityCandidate::feasibility).toList()),
                      new ChartSpec.Series(
                          "dependency",
                          best.stream().map(FeasibilityCandidate::dependency).toList())),
                  "percentile rank",
                  true)));
      blocks.add(new Block.Paragraph("Closest to its capabilities and most depended on:"));
      blocks.add(table(bloc, best));
      blocks.add(new Block.Paragraph("Far out of reach (lowest density):"));
      blocks.add(table(bloc, outOfReach(report)));
    }
    blocks.add(new Block.Paragraph("Reproduce with: " + command));
    return blocks;
  }

  /** The candidates with the lowest density, the larger import value first among equals. */
  static List<FeasibilityCandidate> outOfReach(FeasibilityReport report) {
    return report.candidates().stream()
        .sorted(
            Comparator.comparingDouble(FeasibilityCandidate::density)
                .thenComparing(
                    Comparator.comparingDouble(FeasibilityCandidate::importValue).reversed())
                .thenComparing(FeasibilityCandidate::product))
        .limit(TOP)
        .toList();
  }

  private static Block.Table table(String bloc, List<FeasibilityCandidate> rows) {
    List<List<String>> out = new ArrayList<>();
    for (FeasibilityCandidate f : rows) {
      out.add(
          List.of(
              Integer.toString(f.rank()),
              f.product(),
              Figures.num(f.density(), 3),
              Figures.num(f.cog(), 2),
              Figures.num(f.pci(), 2),
              Figures.usd(f.importValue()),
              Figures.num(f.hhi(), 2),
              Figures.pct(f.blocShare()),
              Figures.num(f.priority(), 2)));
    }
    return new Block.Table(
        List.of("rank", "HS6", "density", "COG", "PCI", "imports USD", "HHI", bloc, "priority"),
        out);
  }
}
