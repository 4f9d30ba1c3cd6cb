package org.techsov.engine.circumvention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.techsov.core.circumvention.GoodsSelection;
import org.techsov.core.circumvention.ProductSet;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Turns names of goods into product sets: a packaged list ({@code chpl}), a list a user loaded
 * ({@code eu-restricted}, or {@code eu-restricted@2022-10-07} for one version; the latest
 * otherwise) or HS codes ({@code 8542}, {@code 854231}). Subheadings merged into a comparable group
 * by the concordance stand for their group. Control goods never include technology areas.
 */
final class GoodsResolver {
  private final StoreLookup store;
  private final Map<Integer, Integer> groups = new HashMap<>();

  GoodsResolver(StoreLookup store) {
    this.store = store;
    for (String[] r : store.rows("SELECT hs6, group_key FROM hs6_group")) {
      groups.put(Integer.parseInt(r[0]), Integer.parseInt(r[1]));
    }
  }

  GoodsSelection selection(List<String> goods, List<String> notControls) {
    Map<String, String> listed = new TreeMap<>();
    List<String> labels = new ArrayList<>();
    for (String g : goods) {
      labels.add(add(g, listed));
    }
    Map<String, String> not = new TreeMap<>();
    for (String[] r : store.rows("SELECT hs_code FROM area_code")) {
      not.put(r[0], "area");
    }
    for (String g : notControls) {
      add(g, not);
    }
    return new GoodsSelection(
        String.join(" + ", labels), new ProductSet(listed), new ProductSet(not));
  }

  ProductSet products(List<String> goods) {
    Map<String, String> m = new TreeMap<>();
    goods.forEach(g -> add(g, m));
    return new ProductSet(m);
  }

  /** Adds the goods named to {@code into} (code to tier); returns their label. */
  private String add(String name, Map<String, String> into) {
    String t = name.strip().replace(".", "");
    if (t.matches("\\d{2}|\\d{4}|\\d{6}")) {
      put(into, t, "HS" + t.length());
      return t;
    }
    String id = t.toLowerCase(Locale.ROOT);
    String version = null;
    int at = id.indexOf('@');
    if (at > 0) {
      version = id.substring(at + 1);
      id = id.substring(0, at);
    }
    List<String[]> items = items(id, version);
    if (items.isEmpty()) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_PRODUCT,
          "unknown goods '"
              + name
              + "': not HS codes (2, 4 or 6 digits) nor a goods list; lists: "
              + lists());
    }
    for (String[] r : items) {
      put(into, r[0], r[1]);
    }
    return id + " " + items.get(0)[2];
  }

  private void put(Map<String, String> into, String code, String tier) {
    if (code.length() == 6) {
      int key = groups.getOrDefault(Integer.parseInt(code), Integer.parseInt(code));
      code = String.format(Locale.ROOT, "%06d", key);
    }
    into.putIfAbsent(code, tier);
  }

  /** code, tier, version of the list's chosen version (packaged lists first). */
  private List<String[]> items(String id, String version) {
    List<String[]> packaged = items("goods_list_item", id, version);
    return packaged.isEmpty() ? items("user_goods_list_item", id, version) : packaged;
  }

  private List<String[]> items(String table, String id, String version) {
    String v = version == null ? "" : " AND CAST(version AS VARCHAR) = ?";
    String sql =
        "SELECT hs_code, tier, CAST(version AS VARCHAR) FROM "
            + table
            + " WHERE list = ?"
            + v
            + " AND version = (SELECT max(version) FROM "
            + table
            + " WHERE list = ?"
            + v
            + ")";
    return version == null ? store.rows(sql, id, id) : store.rows(sql, id, version, id, version);
  }

  private List<String> lists() {
    List<String> out = new ArrayList<>();
    store.rows("SELECT DISTINCT list FROM goods_list_item ORDER BY 1").forEach(r -> out.add(r[0]));
    store
        .rows("SELECT DISTINCT list FROM user_goods_list_item ORDER BY 1")
        .forEach(r -> out.add(r[0]));
    return out;
  }
}
