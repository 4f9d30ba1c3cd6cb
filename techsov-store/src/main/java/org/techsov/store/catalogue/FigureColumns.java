package org.techsov.store.catalogue;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.techsov.core.programme.Citation;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Qualifier;
import org.techsov.core.programme.Quantity;
import org.techsov.core.programme.ReportedDate;

/**
 * The columns every figure-bearing table shares: the number as stated, its date at the source's
 * precision (with the period it covers), and its citation, which is never null.
 */
final class FigureColumns {
  static final String NAMES =
      "fig_id, fig_label, fig_value, fig_upper, fig_qualifier, fig_unit, fig_as_of, fig_from,"
          + " fig_to, source_id, quote, fig_note";
  static final int COUNT = 12;
  static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  private FigureColumns() {}

  /** Binds {@code f} to the twelve parameters starting at {@code at}. */
  static void bind(PreparedStatement ps, int at, Figure f) throws SQLException {
    Quantity q = f.quantity();
    ps.setString(at, f.id());
    ps.setString(at + 1, f.label());
    ps.setDouble(at + 2, q.value());
    if (Double.isNaN(q.upper())) {
      ps.setNull(at + 3, Types.DOUBLE);
    } else {
      ps.setDouble(at + 3, q.upper());
    }
    ps.setString(at + 4, q.qualifier().name());
    ps.setString(at + 5, q.unit());
    bindDate(ps, at + 6, f.asOf());
    ps.setString(at + 9, f.citation().source());
    ps.setString(at + 10, f.citation().quote());
    ps.setString(at + 11, f.note());
  }

  /** Binds a date as its text and the first and last day it covers (three parameters). */
  static void bindDate(PreparedStatement ps, int at, ReportedDate d) throws SQLException {
    if (d == null) {
      ps.setNull(at, Types.VARCHAR);
      ps.setNull(at + 1, Types.DATE);
      ps.setNull(at + 2, Types.DATE);
    } else {
      ps.setString(at, d.toString());
      ps.setDate(at + 1, Date.valueOf(d.first()));
      ps.setDate(at + 2, Date.valueOf(d.last()));
    }
  }

  /** Reads the figure whose twelve columns start at column {@code at}. */
  static Figure read(ResultSet rs, int at) throws SQLException {
    double value = rs.getDouble(at + 2);
    double upper = rs.getDouble(at + 3);
    if (rs.wasNull()) {
      upper = Double.NaN;
    }
    Quantity q =
        new Quantity(value, upper, Qualifier.valueOf(rs.getString(at + 4)), rs.getString(at + 5));
    return new Figure(
        rs.getString(at),
        rs.getString(at + 1),
        q,
        date(rs.getString(at + 6)),
        new Citation(rs.getString(at + 9), rs.getString(at + 10)),
        rs.getString(at + 11));
  }

  static ReportedDate date(String text) {
    return text == null ? null : ReportedDate.parse(text);
  }

  static String text(ReportedDate d) {
    return d == null ? null : d.toString();
  }
}
