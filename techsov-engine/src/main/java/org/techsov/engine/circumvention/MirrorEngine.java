package org.techsov.engine.circumvention;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.techsov.core.circumvention.GoodsSelection;
import org.techsov.core.circumvention.MirrorComparison;
import org.techsov.core.circumvention.MirrorQuery;
import org.techsov.core.circumvention.MirrorResult;
import org.techsov.core.circumvention.MirrorRow;
import org.techsov.core.circumvention.MonthSeries;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.ProductSet;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.dependency.SqlDialect;

/** Runs the mirror (ghost trade) comparison on the embedded store. */
public final class MirrorEngine {
  private final Connection connection;
  private final SqlDialect dialect;
  private final StoreLookup lookup;

  public MirrorEngine(Connection connection) {
    this.connection = connection;
    this.dialect = SqlDialect.DUCKDB;
    this.lookup = new StoreLookup(connection);
  }

  public MirrorResult run(MirrorQuery q) {
    List<Integer> exporters =
        q.exporterBloc().isEmpty()
            ? q.exporters().stream().map(lookup::key).toList()
            : lookup.members(q.exporterBloc(), q.blocDate());
    List<Integer> partners = q.partners().stream().map(lookup::key).toList();
    GoodsResolver resolver = new GoodsResolver(lookup);
    ProductSet goods = q.goods().isEmpty() ? ProductSet.EMPTY : resolver.products(q.goods());
    GoodsSelection grouping = goods.isEmpty() ? null : resolver.selection(q.goods(), List.of());
    MirrorSql sql = new MirrorSql(dialect, exporters, partners, goods);
    Map<CountryCode, Set<Integer>> covered = new HashMap<>();
    int[] bounds = {Integer.MAX_VALUE, Integer.MIN_VALUE};
    query(
        sql.coverage(),
        rs -> {
          covered
              .computeIfAbsent(lookup.code(rs.getInt(1)), k -> new HashSet<>())
              .add(rs.getInt(2));
          bounds[0] = Math.min(bounds[0], rs.getInt(2));
          bounds[1] = Math.max(bounds[1], rs.getInt(2));
        });
    if (covered.isEmpty()) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          "no partner reports imports in the store: a mirror comparison needs both sides (load"
              + " the partners' reports, e.g. UN Comtrade files)");
    }
    Map<CountryCode, Map<String, MonthSeries>> exports = new HashMap<>();
    Map<CountryCode, Map<String, MonthSeries>> imports = new HashMap<>();
    Set<String> withoutImports = new TreeSet<>();
    query(
        sql.flows(),
        rs -> {
          CountryCode p = lookup.code(rs.getInt(2));
          int ym = rs.getInt(4);
          if (ym < bounds[0] || ym > bounds[1]) {
            return;
          }
          String group = group(grouping, q.level(), rs.getInt(3));
          var into = rs.getString(1).equals("X") ? exports : imports;
          into.computeIfAbsent(p, k -> new HashMap<>())
              .computeIfAbsent(group, k -> new MonthSeries(bounds[0], bounds[1]))
              .add(ym, rs.getDouble(5));
        });
    exports.keySet().stream()
        .filter(p -> !covered.containsKey(p))
        .forEach(p -> withoutImports.add(p.alpha3()));
    List<MirrorRow> rows = MirrorComparison.compare(q, exports, imports, covered, bounds[1]);
    List<String> notes = new ArrayList<>();
    notes.add(
        "partners' imports reported for "
            + Months.range(bounds[0], bounds[1])
            + "; before = covered months before "
            + Months.format(q.sanctionMonth())
            + ", after = covered months after it; imports divided by CIF/FOB "
            + q.cifFob());
    if (!withoutImports.isEmpty()) {
      notes.add("no reported imports, so no mirror, for: " + String.join(", ", withoutImports));
    }
    String label = grouping == null ? "all goods" : grouping.label();
    return new MirrorResult(q, label, rows, notes);
  }

  private static String group(GoodsSelection g, RouteLevel level, int hs6) {
    if (g == null) {
      return level == RouteLevel.LIST ? "all goods" : groupCode(level, hs6);
    }
    return g.group(hs6, level);
  }

  private static String groupCode(RouteLevel level, int hs6) {
    return switch (level) {
      case HS6 -> String.format(java.util.Locale.ROOT, "%06d", hs6);
      case HS4 -> String.format(java.util.Locale.ROOT, "%04d", hs6 / 100);
      case HS2, TIER -> String.format(java.util.Locale.ROOT, "%02d", hs6 / 10000);
      case LIST -> "all goods";
    };
  }

  private void query(String sql, CircumventionEngine.RowHandler handler) {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        handler.accept(rs);
      }
    } catch (SQLException e) {
      throw StoreLookup.failed("the mirror comparison", e);
    }
  }
}
