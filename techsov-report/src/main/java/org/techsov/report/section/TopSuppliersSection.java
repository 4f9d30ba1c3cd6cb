package org.techsov.report.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.SupplierShare;
import org.techsov.report.Block;
import org.techsov.report.ChartSpec;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportSection;
import org.techsov.report.Section;

/** The largest suppliers of each technology area in the report's year. */
public final class TopSuppliersSection implements ReportSection {
  static final int TOP = 5;

  @Override
  public Section build(ReportInput in) {
    ReportRequest r = in.request();
    List<DependencyRow> rows = in.dependency().run(Figures.byArea(r, r.year(), r.year(), TOP));
    List<List<String>> table = new ArrayList<>();
    Map<String, Double> total = new LinkedHashMap<>();
    for (DependencyRow row : rows) {
      int rank = 1;
      for (SupplierShare s : row.topSuppliers()) {
        String name = in.reference().countries().find(s.supplier()).map(c -> c.name()).orElse("");
        table.add(
            List.of(
                row.group().code(),
                Integer.toString(rank++),
                s.supplier().alpha3(),
                name,
                Figures.usd(s.valueUsd()),
                Figures.pct(s.share())));
        total.merge(s.supplier().alpha3(), s.valueUsd(), Double::sum);
      }
    }
    List<Map.Entry<String, Double>> largest =
        total.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(10)
            .toList();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            "The "
                + TOP
                + " largest suppliers of each area in "
                + r.year()
                + ", with their value and share of the area's imports. The chart adds up each"
                + " supplier's value over the areas where it is among the largest."));
    if (!largest.isEmpty()) {
      blocks.add(
          new Block.Chart(
              new ChartSpec(
                  "Largest suppliers of technology imports, " + r.year() + " (US dollars)",
                  ChartSpec.Kind.BAR,
                  largest.stream().map(Map.Entry::getKey).toList(),
                  List.of(
                      new ChartSpec.Series(
                          "value", largest.stream().map(Map.Entry::getValue).toList())),
                  "US dollars",
                  false)));
      blocks.add(
          new Block.Table(
              List.of("area", "rank", "supplier", "name", "value USD", "share"), table));
    }
    return new Section("Top suppliers", blocks);
  }
}
