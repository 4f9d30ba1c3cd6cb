package org.techsov.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.report.Block;
import org.techsov.report.ChartSpec;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportSection;
import org.techsov.report.Section;

/** Each bloc's share of the technology imports, year by year: the shift between suppliers. */
public final class BlocShiftSection implements ReportSection {
  @Override
  public Section build(ReportInput in) {
    ReportRequest r = in.request();
    List<DependencyRow> rows = in.dependency().run(Figures.byArea(r, r.fromYear(), r.year(), 0));
    TreeMap<Integer, double[]> byYear = new TreeMap<>();
    for (DependencyRow row : rows) {
      double[] acc = byYear.computeIfAbsent(row.year(), y -> new double[r.blocs().size() + 1]);
      acc[0] += row.importValueUsd();
      for (int b = 0; b < r.blocs().size(); b++) {
        acc[b + 1] += row.blocShares().get(b).valueUsd();
      }
    }
    List<String> years = new ArrayList<>();
    List<List<Double>> values = new ArrayList<>();
    r.blocs().forEach(b -> values.add(new ArrayList<>()));
    List<String> head = new ArrayList<>(List.of("year", "imports USD"));
    head.addAll(r.blocs());
    List<List<String>> table = new ArrayList<>();
    byYear.forEach(
        (year, acc) -> {
          years.add(Integer.toString(year));
          List<String> cells = new ArrayList<>(List.of(year.toString(), Figures.usd(acc[0])));
          for (int b = 0; b < r.blocs().size(); b++) {
            double share = acc[0] > 0 ? acc[b + 1] / acc[0] : Double.NaN;
            values.get(b).add(share);
            cells.add(Figures.pct(share));
          }
          table.add(cells);
        });
    List<ChartSpec.Series> series = new ArrayList<>();
    for (int b = 0; b < r.blocs().size(); b++) {
      series.add(new ChartSpec.Series(r.blocs().get(b), values.get(b)));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            "Each bloc's share of "
                + r.country()
                + "'s imports in the technology areas of this report, "
                + r.fromYear()
                + "-"
                + r.year()
                + ". Membership is taken at one date for every year, so the shares are"
                + " comparable over time. A product in several areas counts in each."));
    if (!years.isEmpty()) {
      blocks.add(
          new Block.Chart(
              new ChartSpec(
                  "Bloc shares of technology imports",
                  ChartSpec.Kind.LINE,
                  years,
                  series,
                  "share of imports",
                  true)));
      blocks.add(new Block.Table(head, table));
    }
    return new Section("Bloc shift", blocks);
  }
}
