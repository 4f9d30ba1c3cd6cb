package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.techsov.core.reference.Bloc;
import org.techsov.core.reference.BlocMembership;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.PriorityItem;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.reference.SanctionEvent;
import org.techsov.core.reference.TechnologyArea;

/** Keeps the store's reference tables equal to a version of the reference data. */
final class ReferenceTables {
  private static final String[] TABLES = {
    "country", "bloc", "bloc_member", "area", "area_code", "goods_list_item", "sanction_event"
  };

  private ReferenceTables() {}

  static void sync(Connection c, ReferenceData ref) throws SQLException {
    if (ref.version().equals(storedVersion(c))) {
      return;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String t : TABLES) {
          s.execute("DELETE FROM " + t);
        }
      }
      countries(c, ref);
      blocs(c, ref);
      areas(c, ref);
      goodsLists(c, ref);
      events(c, ref);
      try (PreparedStatement ps =
          c.prepareStatement("INSERT OR REPLACE INTO reference_meta VALUES ('version', ?)")) {
        ps.setString(1, ref.version());
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  static String storedVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT value FROM reference_meta WHERE key = 'version'")) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  private static void countries(Connection c, ReferenceData ref) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO country VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Country k : ref.countries().all()) {
        ps.setInt(1, k.key());
        ps.setString(2, k.code().alpha3());
        ps.setString(3, k.alpha2());
        ps.setInt(4, k.baciCode());
        ps.setString(5, k.name());
        ps.setString(6, k.region());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void blocs(Connection c, ReferenceData ref) throws SQLException {
    try (PreparedStatement b = c.prepareStatement("INSERT INTO bloc VALUES (?, ?, ?)");
        PreparedStatement m = c.prepareStatement("INSERT INTO bloc_member VALUES (?, ?, ?, ?)")) {
      for (Bloc bloc : ref.blocs().values()) {
        b.setString(1, bloc.id());
        b.setString(2, bloc.name());
        b.setString(3, bloc.source());
        b.addBatch();
        for (BlocMembership ms : bloc.members()) {
          m.setString(1, bloc.id());
          m.setInt(2, ref.countries().require(ms.country()).key());
          m.setObject(3, ms.from());
          m.setObject(4, ms.until());
          m.addBatch();
        }
      }
      b.executeBatch();
      m.executeBatch();
    }
  }

  private static void areas(Connection c, ReferenceData ref) throws SQLException {
    try (PreparedStatement a = c.prepareStatement("INSERT INTO area VALUES (?, ?)");
        PreparedStatement ac = c.prepareStatement("INSERT INTO area_code VALUES (?, ?, ?, ?)")) {
      for (TechnologyArea area : ref.areas().values()) {
        a.setString(1, area.id());
        a.setString(2, area.name());
        a.addBatch();
        for (HsCode code : area.codes()) {
          ac.setString(1, area.id());
          ac.setString(2, code.code());
          ac.setInt(3, divisor(code));
          ac.setInt(4, Integer.parseInt(code.code()));
          ac.addBatch();
        }
      }
      a.executeBatch();
      ac.executeBatch();
    }
  }

  /** HS6 product p lies within {@code code} when {@code p / divisor == code}. */
  static int divisor(HsCode code) {
    return switch (code.level()) {
      case HS2 -> 10000;
      case HS4 -> 100;
      case HS6 -> 1;
    };
  }

  private static void goodsLists(Connection c, ReferenceData ref) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO goods_list_item VALUES (?, ?, ?, ?, ?)")) {
      for (GoodsList list : ref.goodsLists().values()) {
        for (PriorityItem item : list.items()) {
          ps.setString(1, list.id());
          ps.setObject(2, list.version());
          ps.setString(3, item.code().code());
          ps.setString(4, item.tier());
          ps.setString(5, item.description());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void events(Connection c, ReferenceData ref) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO sanction_event VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (SanctionEvent e : ref.sanctionEvents()) {
        ps.setString(1, e.id());
        ps.setObject(2, e.date());
        ps.setString(3, e.imposedBy());
        ps.setString(4, e.target().alpha3());
        ps.setString(5, e.title());
        ps.setString(6, e.goodsList());
        ps.setString(7, e.source());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
