package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.techsov.core.spi.ImportRecord;

/** Reads and writes the {@code import_log} table. */
final class ImportLog {
  private static final String COLUMNS =
      "id, source, file_name, checksum, size_bytes, hs_revision, years, rows_read, rows_stored,"
          + " rows_rejected, reject_file, started_at, finished_at, note";

  private ImportLog() {}

  static Optional<ImportRecord> find(Connection c, String checksum) {
    List<ImportRecord> found =
        query(c, "SELECT " + COLUMNS + " FROM import_log WHERE checksum = ?", checksum);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static List<ImportRecord> all(Connection c) {
    return query(c, "SELECT " + COLUMNS + " FROM import_log ORDER BY id");
  }

  static void insert(Connection c, ImportRecord r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_log ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, r.id());
      ps.setString(2, r.source());
      ps.setString(3, r.fileName());
      ps.setString(4, r.checksum());
      ps.setLong(5, r.sizeBytes());
      ps.setString(6, r.revision());
      ps.setString(7, r.years().stream().map(String::valueOf).collect(Collectors.joining(",")));
      ps.setLong(8, r.rowsRead());
      ps.setLong(9, r.rowsStored());
      ps.setLong(10, r.rowsRejected());
      ps.setString(11, r.rejectFile());
      ps.setTimestamp(12, Timestamp.from(r.startedAt()));
      ps.setTimestamp(13, Timestamp.from(r.finishedAt()));
      ps.setString(14, r.note());
      ps.executeUpdate();
    }
  }

  static void appendNote(Connection c, long id, String note) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE import_log SET note = trim(coalesce(note, '') || ' ' || ?) WHERE id = ?")) {
      ps.setString(1, note);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  private static List<ImportRecord> query(Connection c, String sql, String... args) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      List<ImportRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("reading the import log", e);
    }
  }

  private static ImportRecord read(ResultSet rs) throws SQLException {
    String years = rs.getString(7);
    List<Integer> ys =
        years.isBlank()
            ? List.of()
            : Arrays.stream(years.split(",")).map(Integer::valueOf).collect(Collectors.toList());
    return new ImportRecord(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        ys,
        rs.getLong(8),
        rs.getLong(9),
        rs.getLong(10),
        rs.getString(11) == null ? "" : rs.getString(11),
        rs.getTimestamp(12).toInstant(),
        rs.getTimestamp(13).toInstant(),
        rs.getString(14) == null ? "" : rs.getString(14));
  }
}
