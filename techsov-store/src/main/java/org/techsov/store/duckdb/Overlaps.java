package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.BulkImportRequest;
import org.techsov.core.spi.ImportRecord;

/**
 * Keeps the flows free of double counting: a new import may not cover a year that an earlier import
 * into the flow table covers (of any source: the table holds one dataset per year; imports of
 * reported flows and shipments live in their own tables), unless replacement was asked for, in
 * which case the earlier import's flows of those years are removed in the same transaction. With
 * duplicate keys rejected within an import, this keeps the invariant the analyses rely on: at most
 * one flow per (year, month, exporter, importer, product).
 */
final class Overlaps {
  private Overlaps() {}

  /** Returns a note of what was replaced, or an empty string. */
  static String resolve(Connection c, BulkImportRequest request, long importId, List<Integer> years)
      throws SQLException {
    List<String> notes = new ArrayList<>();
    Map<Long, List<Integer>> held = yearsHeld(c, importId, years);
    for (ImportRecord earlier : ImportLog.all(c)) {
      List<Integer> overlap = held.get(earlier.id());
      if (overlap == null) {
        continue;
      }
      String ys = overlap.stream().map(String::valueOf).collect(Collectors.joining(","));
      if (!request.replace()) {
        throw new TechsovException(
            ErrorCode.OVERLAPPING_IMPORT,
            request.fileName()
                + " covers year(s) "
                + ys
                + " already loaded from "
                + earlier.fileName()
                + " (import "
                + earlier.id()
                + "); use --replace to replace them, nothing was stored");
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "DELETE FROM flow WHERE import_id = " + earlier.id() + " AND year IN (" + ys + ")");
      }
      ImportLog.appendNote(
          c, earlier.id(), "years " + ys + " replaced by import " + importId + ";");
      notes.add(
          "replaced years " + ys + " of import " + earlier.id() + " (" + earlier.fileName() + ")");
    }
    return String.join("; ", notes);
  }

  /** The years among {@code years} for which each earlier import still holds flows. */
  private static Map<Long, List<Integer>> yearsHeld(Connection c, long current, List<Integer> years)
      throws SQLException {
    Map<Long, List<Integer>> out = new TreeMap<>();
    if (years.isEmpty()) {
      return out;
    }
    String in = years.stream().map(String::valueOf).collect(Collectors.joining(","));
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT import_id, year FROM flow WHERE import_id <> "
                    + current
                    + " AND year IN ("
                    + in
                    + ") ORDER BY import_id, year")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
      }
    }
    return out;
  }
}
