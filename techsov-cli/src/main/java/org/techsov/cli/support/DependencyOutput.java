package org.techsov.cli.support;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.techsov.core.dependency.Baseline;
import org.techsov.core.dependency.BlocShare;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.DependencyTable;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.dependency.SupplierShare;
import org.techsov.core.error.TechsovException;

/** Renders dependency rows as a text table, CSV or JSON. */
public final class DependencyOutput {
  private DependencyOutput() {}

  public static void write(
      String format, DependencyQuery q, List<DependencyRow> rows, Path file, PrintWriter out) {
    String text =
        switch (format) {
          case "table" -> table(q, rows);
          case "csv" -> OutputSink.csv(w -> csv(q, rows, w));
          case "json" -> json(q, rows);
          default ->
              throw TechsovException.invalidArgument(
                  "unknown format '" + format + "' (use table, csv, json or parquet)");
        };
    OutputSink.writeToExistingFolder(text, file, String.format("%,d rows", rows.size()), out);
  }

  static String table(DependencyQuery q, List<DependencyRow> rows) {
    boolean names =
        q.level() != GroupLevel.AREA && rows.stream().anyMatch(r -> !r.groupName().isEmpty());
    List<String> head = new ArrayList<>(List.of("year", "importer", "group"));
    if (names) {
      head.add("name");
    }
    head.addAll(List.of("imports USD", "suppliers", "HHI", "1/HHI", "top suppliers"));
    q.blocs().forEach(head::add);
    if (q.baselineYear().isPresent()) {
      head.add("vs " + q.baselineYear().getAsInt());
    }
    TextTable t = new TextTable(head.toArray(String[]::new));
    for (DependencyRow r : rows) {
      List<Object> cells = new ArrayList<>();
      cells.add(r.year());
      cells.add(r.importer());
      cells.add(r.group().code());
      if (names) {
        cells.add(abbreviate(r.groupName(), 40));
      }
      cells.add(TextTable.usd(r.importValueUsd()));
      cells.add(r.supplierCount());
      cells.add(TextTable.num(r.hhi(), 3));
      cells.add(TextTable.num(r.equivalentSuppliers(), 1));
      cells.add(
          r.topSuppliers().stream()
              .map(s -> s.supplier() + " " + TextTable.pct(s.share()))
              .collect(Collectors.joining(", ")));
      r.blocShares().forEach(b -> cells.add(TextTable.pct(b.share())));
      if (q.baselineYear().isPresent()) {
        double c = r.valueChangeVsBaseline();
        cells.add(Double.isNaN(c) ? "" : String.format(Locale.ROOT, "%+.0f%%", 100 * c));
      }
      t.row(cells.toArray());
    }
    if (rows.isEmpty()) {
      return OutputSink.text(pw -> pw.println("no imports match the query"));
    }
    return OutputSink.text(t::print);
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  static void csv(DependencyQuery q, List<DependencyRow> rows, CsvWriter w) {
    w.writeRecord(DependencyTable.header(q));
    for (DependencyRow r : rows) {
      w.writeRecord(DependencyTable.row(q, r));
    }
  }

  static String json(DependencyQuery q, List<DependencyRow> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (DependencyRow r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("year", r.year());
      m.put("importer", r.importer().alpha3());
      m.put("level", r.group().level().name().toLowerCase(Locale.ROOT));
      m.put("productGroup", r.group().code());
      m.put("groupName", r.groupName());
      m.put("importValueUsd", OutputSink.finite(r.importValueUsd()));
      m.put("suppliers", r.supplierCount());
      m.put("hhi", OutputSink.finite(r.hhi()));
      m.put("equivalentSuppliers", OutputSink.finite(r.equivalentSuppliers()));
      List<Map<String, Object>> top = new ArrayList<>();
      for (SupplierShare s : r.topSuppliers()) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("supplier", s.supplier().alpha3());
        t.put("valueUsd", s.valueUsd());
        t.put("share", s.share());
        top.add(t);
      }
      m.put("topSuppliers", top);
      m.put("blocShares", blocs(r.blocShares()));
      r.baseline().ifPresent(b -> m.put("baseline", baseline(b, r)));
      out.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("blocDate", q.blocDate().toString());
    doc.put("rows", out);
    return OutputSink.json(doc);
  }

  private static Map<String, Object> blocs(List<BlocShare> shares) {
    Map<String, Object> m = new LinkedHashMap<>();
    shares.forEach(b -> m.put(b.bloc(), OutputSink.finite(b.share())));
    return m;
  }

  private static Map<String, Object> baseline(Baseline b, DependencyRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", b.year());
    m.put("importValueUsd", b.importValueUsd());
    m.put("valueChange", OutputSink.finite(r.valueChangeVsBaseline()));
    m.put("hhi", OutputSink.finite(b.hhi()));
    m.put("blocShares", blocs(b.blocShares()));
    return m;
  }
}
