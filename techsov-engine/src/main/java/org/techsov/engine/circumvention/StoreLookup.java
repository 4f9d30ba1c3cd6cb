package org.techsov.engine.circumvention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;

/** Reads what analyses need from the store's reference tables: country keys, bloc members. */
final class StoreLookup {
  private final Connection c;
  private Map<Integer, CountryCode> codes;

  StoreLookup(Connection c) {
    this.c = c;
  }

  int key(CountryCode code) {
    try (PreparedStatement ps = c.prepareStatement("SELECT key FROM country WHERE code = ?")) {
      ps.setString(1, code.alpha3());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new TechsovException(ErrorCode.UNKNOWN_COUNTRY, "unknown country code " + code);
        }
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw failed("reading countries", e);
    }
  }

  CountryCode code(int key) {
    if (codes == null) {
      codes = new HashMap<>();
      for (String[] row : rows("SELECT key, code FROM country")) {
        codes.put(Integer.parseInt(row[0]), new CountryCode(row[1]));
      }
    }
    CountryCode code = codes.get(key);
    if (code == null) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "no country with key " + key);
    }
    return code;
  }

  /** Keys of the bloc's members on the date; an unknown bloc is a user error listing the known. */
  List<Integer> members(String bloc, LocalDate date) {
    List<String[]> known = rows("SELECT id FROM bloc ORDER BY id");
    if (known.stream().noneMatch(r -> r[0].equals(bloc))) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_BLOC,
          "unknown bloc '" + bloc + "'; known blocs: " + known.stream().map(r -> r[0]).toList());
    }
    List<Integer> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT country FROM bloc_member WHERE bloc = ? AND valid_from <= ?"
                + " AND (valid_until IS NULL OR valid_until > ?) ORDER BY 1")) {
      ps.setString(1, bloc);
      ps.setObject(2, date);
      ps.setObject(3, date);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
    } catch (SQLException e) {
      throw failed("reading bloc members", e);
    }
    return out;
  }

  boolean isBloc(String id) {
    return rows("SELECT id FROM bloc").stream().anyMatch(r -> r[0].equalsIgnoreCase(id));
  }

  List<String[]> rows(String sql) {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return read(rs);
    } catch (SQLException e) {
      throw failed("reading the store", e);
    }
  }

  /** Rows of a statement whose text values are bound as parameters, never spliced in. */
  List<String[]> rows(String sql, String... params) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return read(rs);
      }
    } catch (SQLException e) {
      throw failed("reading the store", e);
    }
  }

  private static List<String[]> read(ResultSet rs) throws SQLException {
    List<String[]> out = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      String[] row = new String[n];
      for (int i = 0; i < n; i++) {
        row[i] = rs.getString(i + 1);
      }
      out.add(row);
    }
    return out;
  }

  static TechsovException failed(String what, SQLException e) {
    if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("interrupt")) {
      return new TechsovException(ErrorCode.INTERRUPTED, what + " was interrupted", e);
    }
    return new TechsovException(ErrorCode.INTERNAL_ERROR, what + " failed: " + e.getMessage(), e);
  }
}
