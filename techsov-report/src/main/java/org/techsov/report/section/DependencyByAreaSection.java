package org.techsov.report.section;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.report.Block;
import org.techsov.report.ChartSpec;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportSection;
import org.techsov.report.Section;

/** Imports per technology area in the report's year: value, concentration, bloc shares. */
public final class DependencyByAreaSection implements ReportSection {
  @Override
  public Section build(ReportInput in) {
    ReportRequest r = in.request();
    List<DependencyRow> rows = in.dependency().run(Figures.byArea(r, r.year(), r.year(), 1));
    List<String> head =
        new ArrayList<>(List.of("area", "imports USD", "suppliers", "HHI", "1/HHI"));
    head.addAll(r.blocs());
    head.add("largest supplier");
    List<List<String>> table = new ArrayList<>();
    List<String> cats = new ArrayList<>();
    List<List<Double>> shares = new ArrayList<>();
    r.blocs().forEach(b -> shares.add(new ArrayList<>()));
    List<Double> other = new ArrayList<>();
    for (DependencyRow row : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(row.group().code());
      cells.add(Figures.usd(row.importValueUsd()));
      cells.add(Integer.toString(row.supplierCount()));
      cells.add(Figures.num(row.hhi(), 3));
      cells.add(Figures.num(row.equivalentSuppliers(), 1));
      double rest = 1;
      for (int b = 0; b < r.blocs().size(); b++) {
        double s = row.blocShares().get(b).share();
        cells.add(Figures.pct(s));
        shares.get(b).add(s);
        rest -= s;
      }
      other.add(Math.max(0, rest));
      cells.add(
          row.topSuppliers().isEmpty()
              ? ""
              : row.topSuppliers().get(0).supplier()
                  + " "
                  + Figures.pct(row.topSuppliers().get(0).share()));
      table.add(cells);
      cats.add(row.group().code());
    }
    List<ChartSpec.Series> series = new ArrayList<>();
    for (int b = 0; b < r.blocs().size(); b++) {
      series.add(new ChartSpec.Series(r.blocs().get(b), shares.get(b)));
    }
    series.add(new ChartSpec.Series("other", other));
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            "Imports of "
                + r.country()
                + " in "
                + r.year()
                + " by technology area: the value, how concentrated the suppliers are (HHI of"
                + " supplier shares, 0-1; 1/HHI is the equivalent number of equal suppliers) and"
                + " the share coming from each bloc. Blocs may overlap; 'other' is what no listed"
                + " bloc covers (shown as zero when blocs overlap beyond 100%)."));
    if (rows.isEmpty()) {
      blocks.add(new Block.Paragraph("No imports of these areas are stored for " + r.year() + "."));
    } else {
      blocks.add(
          new Block.Chart(
              new ChartSpec(
                  "Share of each area's imports by supplier bloc, " + r.year(),
                  ChartSpec.Kind.STACKED_BAR,
                  cats,
                  series,
                  "share of imports",
                  true)));
      blocks.add(new Block.Table(head, table));
    }
    return new Section("Dependency by technology area", blocks);
  }
}
