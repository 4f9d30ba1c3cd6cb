package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.techsov.core.spi.LineReject;
import org.techsov.core.spi.RowImportRequest;
import org.techsov.core.spi.StagedRows;
import org.techsov.core.trade.ReportedFlow;

/**
 * Reported flows appended to {@code reported_flow}; then duplicate keys are rejected, overlaps with
 * earlier imports of the same source refused or replaced, and which rows count is worked out again
 * for every cell the import touches (see {@link CountedRule}).
 */
final class ReportedFlowStaging extends AppendingStaging<ReportedFlow> {
  private final Map<Integer, Integer> groups;

  ReportedFlowStaging(Connection c, RowImportRequest request) {
    super(c, request, "reported_flow");
    this.groups = request.productGroups();
  }

  @Override
  void appendColumns(DuckDBAppender a, ReportedFlow f, long line) throws SQLException {
    a.append((int) importId);
    a.append(line);
    a.append(request.source());
    a.append((short) key(f.reporter()));
    a.append((short) key(f.partner()));
    a.append(f.direction().code());
    a.append((short) f.period().year());
    a.append((byte) f.period().month());
    a.append(f.productCode());
    a.append(f.level().name());
    a.append(f.revision().name());
    if (f.hs6() >= 0) {
      a.append(f.hs6());
    } else {
      a.appendNull();
    }
    a.append(f.value());
    a.append(f.currency());
    a.append(f.valueUsd());
    if (f.hasQuantity()) {
      a.append(f.quantity());
    } else {
      a.appendNull();
    }
    a.append(f.countable());
    a.append(f.countable());
    a.append(f.note());
  }

  @Override
  StagedRows applyRules() throws SQLException {
    List<LineReject> rejects = ReportedRules.rejectDuplicates(c, importId);
    String note = ReportedRules.resolveOverlaps(c, request, importId);
    CountedRule.apply(c, importId);
    saveGroups();
    String rows = "FROM reported_flow WHERE import_id = " + importId;
    long stored = count("SELECT count(*) " + rows);
    long notCounted = count("SELECT count(*) " + rows + " AND NOT counted");
    List<String> notes = new ArrayList<>();
    if (!note.isEmpty()) {
      notes.add(note);
    }
    String missing = ReportedRules.missingMonths(c, importId);
    if (!missing.isEmpty()) {
      notes.add(missing);
    }
    return new StagedRows(
        stored, rejects, years("reported_flow"), notCounted, String.join("; ", notes));
  }

  private void saveGroups() throws SQLException {
    if (groups.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT OR REPLACE INTO hs6_group VALUES (?, ?)")) {
      for (var e : groups.entrySet()) {
        ps.setInt(1, e.getKey());
        ps.setInt(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
