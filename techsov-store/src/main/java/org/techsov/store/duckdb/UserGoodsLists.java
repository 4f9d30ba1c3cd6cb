package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.PriorityItem;

/** Reads and writes the goods lists users load ({@code user_goods_list}, one row per version). */
final class UserGoodsLists {
  private UserGoodsLists() {}

  static void save(Connection c, GoodsList list) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (PreparedStatement d =
              c.prepareStatement("DELETE FROM user_goods_list WHERE id = ? AND version = ?");
          PreparedStatement di =
              c.prepareStatement(
                  "DELETE FROM user_goods_list_item WHERE list = ? AND version = ?")) {
        for (PreparedStatement p : List.of(d, di)) {
          p.setString(1, list.id());
          p.setObject(2, list.version());
          p.executeUpdate();
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO user_goods_list VALUES (?, ?, ?, ?)")) {
        ps.setString(1, list.id());
        ps.setObject(2, list.version());
        ps.setString(3, list.name());
        ps.setString(4, list.source());
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO user_goods_list_item VALUES (?, ?, ?, ?, ?)")) {
        for (PriorityItem item : list.items()) {
          ps.setString(1, list.id());
          ps.setObject(2, list.version());
          ps.setString(3, item.code().code());
          ps.setString(4, item.tier());
          ps.setString(5, item.description());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  static List<GoodsList> all(Connection c) throws SQLException {
    Map<String, List<PriorityItem>> items = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT list, version, hs_code, tier, description FROM user_goods_list_item"
                    + " ORDER BY list, version, hs_code")) {
      while (rs.next()) {
        items
            .computeIfAbsent(
                rs.getString(1) + "@" + rs.getObject(2, LocalDate.class), k -> new ArrayList<>())
            .add(new PriorityItem(new HsCode(rs.getString(3)), rs.getString(4), rs.getString(5)));
      }
    }
    List<GoodsList> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, version, name, source FROM user_goods_list ORDER BY id, version")) {
      while (rs.next()) {
        LocalDate v = rs.getObject(2, LocalDate.class);
        out.add(
            new GoodsList(
                rs.getString(1),
                rs.getString(3),
                v,
                rs.getString(4),
                items.getOrDefault(rs.getString(1) + "@" + v, List.of())));
      }
    }
    return out;
  }
}
