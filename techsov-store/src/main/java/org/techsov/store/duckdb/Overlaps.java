package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.BulkImportRequest;
import org.techsov.core.spi.ImportRecord;

/**
 * Keeps one source's flows free of double counting: a new import may not cover a year that an
 * earlier import of the same source covers, unless replacement was asked for, in which case the
 * earlier import's flows of those years are removed in the same transaction.
 */
final class Overlaps {
  private Overlaps() {}

  /** Returns a note of what was replaced, or an empty string. */
  static String resolve(Connection c, BulkImportRequest request, long importId, List<Integer> years)
      throws SQLException {
    List<String> notes = new ArrayList<>();
    for (ImportRecord earlier : ImportLog.bySource(c, request.source())) {
      List<Integer> overlap =
          earlier.years().stream().filter(years::contains).collect(Collectors.toList());
      if (overlap.isEmpty()) {
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
}
