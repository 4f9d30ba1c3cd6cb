package org.techsov.cli.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a list of records given as ordered maps (column name to value) as a table, CSV or JSON,
 * for the listing commands. Table headers use the column names with underscores as spaces.
 */
public final class ListingOutput {
  private ListingOutput() {}

  public static String render(OutputFormat format, String key, List<Map<String, Object>> rows) {
    return switch (format) {
      case TABLE -> table(rows);
      case CSV -> csv(rows);
      case JSON -> {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(key, rows);
        yield OutputSink.json(doc);
      }
    };
  }

  private static String table(List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return OutputSink.text(w -> w.println("none"));
    }
    List<String> cols = new ArrayList<>(rows.get(0).keySet());
    TextTable t = new TextTable(cols.stream().map(c -> c.replace('_', ' ')).toArray(String[]::new));
    for (Map<String, Object> r : rows) {
      t.row(cols.stream().map(c -> cell(r.get(c))).toArray());
    }
    return OutputSink.text(t::print);
  }

  private static String csv(List<Map<String, Object>> rows) {
    return OutputSink.csv(
        w -> {
          if (!rows.isEmpty()) {
            List<String> cols = new ArrayList<>(rows.get(0).keySet());
            w.writeRecord(cols);
            for (Map<String, Object> r : rows) {
              w.writeRecord(cols.stream().map(c -> cell(r.get(c))).toList());
            }
          }
        });
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof List<?> l) {
      return String.join(", ", l.stream().map(String::valueOf).toList());
    }
    if (v instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    return v.toString();
  }
}
