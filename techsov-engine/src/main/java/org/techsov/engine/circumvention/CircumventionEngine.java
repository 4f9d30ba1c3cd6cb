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
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.techsov.core.circumvention.CircumventionQuery;
import org.techsov.core.circumvention.CircumventionResult;
import org.techsov.core.circumvention.GoodsSelection;
import org.techsov.core.circumvention.MatchedDesign;
import org.techsov.core.circumvention.MonthSeries;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.ProductTotals;
import org.techsov.core.circumvention.RouteAnalysis;
import org.techsov.core.circumvention.RoutePanel;
import org.techsov.core.circumvention.RouteSeries;
import org.techsov.core.circumvention.SeriesPair;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.dependency.SqlDialect;

/**
 * Runs the circumvention (parallel imports) analysis on the embedded store: resolves the query's
 * countries, goods and months, extracts the panel with {@link RouteSql} and hands it to the core
 * {@link RouteAnalysis}. The caller owns the connection.
 */
public final class CircumventionEngine {
  private final Connection connection;
  private final SqlDialect dialect;
  private final StoreLookup lookup;

  public CircumventionEngine(Connection connection) {
    this(connection, SqlDialect.DUCKDB);
  }

  public CircumventionEngine(Connection connection, SqlDialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
    this.lookup = new StoreLookup(connection);
  }

  public CircumventionResult run(CircumventionQuery q) {
    GoodsSelection goods = new GoodsResolver(lookup).selection(q.goods(), q.notControls());
    ResolvedRoutes resolved =
        new ResolvedRoutes(
            lookup.key(q.target()),
            lookup.members(q.bloc(), q.blocDate()),
            q.hubs().stream().map(lookup::key).toList());
    RouteSql sql = new RouteSql(dialect, resolved, goods);
    Set<Integer> covered = new HashSet<>();
    query(sql.coverage(), rs -> covered.add(rs.getInt(1)));
    if (covered.isEmpty()) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          "the store holds no monthly exports reported by "
              + q.bloc()
              + " members; load Comext or Comtrade files with 'techsov ingest comext|comtrade'");
    }
    int last = covered.stream().mapToInt(Integer::intValue).max().orElseThrow();
    int until = q.untilMonth().orElse(last);
    MatchedDesign design =
        MatchedDesign.of(q.baseline(), q.sanctionMonth(), until, covered::contains);
    RoutePanel panel = panel(sql, design, q, covered);
    return RouteAnalysis.run(q, goods, panel);
  }

  /**
   * The monthly series of one route of {@code q}: the bloc's exports of the group to {@code hub},
   * the hub's exports to the target (or the target's imports from it divided by the CIF/FOB factor
   * when the hub reports none) and the bloc's exports straight to the target, over every month the
   * bloc's exports cover. {@code group} is a route's group at the query's level, e.g. {@code 8542},
   * {@code tier 2} or the list's label.
   */
  public RouteSeries series(CircumventionQuery q, CountryCode hub, String group) {
    return new RouteSeriesReader(lookup, dialect, this::query).read(q, hub, group);
  }

  private RoutePanel panel(
      RouteSql sql, MatchedDesign d, CircumventionQuery q, Set<Integer> covered) {
    int first = d.firstMonth();
    int last = d.lastMonth();
    List<ProductTotals> totals = new ArrayList<>();
    query(
        sql.totals(weights(d), first, last),
        rs ->
            totals.add(
                new ProductTotals(
                    lookup.code(rs.getInt(1)), rs.getInt(2), rs.getDouble(3), rs.getDouble(4))));
    Map<CountryCode, Map<Integer, SeriesPair>> blocToHub = new HashMap<>();
    query(
        sql.blocToHub(first, last),
        rs -> {
          SeriesPair s =
              blocToHub
                  .computeIfAbsent(lookup.code(rs.getInt(1)), k -> new HashMap<>())
                  .computeIfAbsent(rs.getInt(2), k -> SeriesPair.over(first, last));
          s.value().add(rs.getInt(3), rs.getDouble(4));
          s.kilograms().add(rs.getInt(3), rs.getDouble(5));
        });
    Map<CountryCode, Map<Integer, MonthSeries>> controls = new HashMap<>();
    query(
        sql.controls(first, last),
        rs ->
            controls
                .computeIfAbsent(lookup.code(rs.getInt(1)), k -> new HashMap<>())
                .computeIfAbsent(rs.getInt(2), k -> new MonthSeries(first, last))
                .add(rs.getInt(3), rs.getDouble(4)));
    List<String> notes = new ArrayList<>();
    Map<CountryCode, Map<Integer, SeriesPair>> hubToTarget =
        hubToTarget(sql, q, first, last, notes);
    Map<Integer, SeriesPair> blocToTarget = new HashMap<>();
    query(
        sql.blocToTarget(first, last),
        rs -> {
          SeriesPair s =
              blocToTarget.computeIfAbsent(rs.getInt(1), k -> SeriesPair.over(first, last));
          s.value().add(rs.getInt(2), rs.getDouble(3));
          s.kilograms().add(rs.getInt(2), rs.getDouble(4));
        });
    notes.add(0, designNote(d, covered));
    notes.addAll(yearlyContext(sql, q, totals));
    return new RoutePanel(d, totals, blocToHub, controls, hubToTarget, blocToTarget, notes);
  }

  /** Hubs' own export reports where they exist, else the target's imports divided by CIF/FOB. */
  private Map<CountryCode, Map<Integer, SeriesPair>> hubToTarget(
      RouteSql sql, CircumventionQuery q, int first, int last, List<String> notes) {
    Map<CountryCode, Map<Integer, SeriesPair>> reported = new HashMap<>();
    Map<CountryCode, Map<Integer, SeriesPair>> mirror = new HashMap<>();
    double cifFob = q.options().cifFob();
    query(
        sql.hubToTarget(first, last),
        rs -> {
          boolean own = rs.getString(1).equals("X");
          double scale = own ? 1 : 1 / cifFob;
          CountryCode hub = lookup.code(rs.getInt(2));
          SeriesPair s =
              (own ? reported : mirror)
                  .computeIfAbsent(hub, k -> new HashMap<>())
                  .computeIfAbsent(rs.getInt(3), k -> SeriesPair.over(first, last));
          s.value().add(rs.getInt(4), rs.getDouble(5) * scale);
          s.kilograms().add(rs.getInt(4), rs.getDouble(6));
        });
    List<String> mirrored = new ArrayList<>();
    mirror.forEach(
        (hub, m) -> {
          if (!reported.containsKey(hub)) {
            reported.put(hub, m);
            mirrored.add(hub.alpha3());
          }
        });
    if (!mirrored.isEmpty()) {
      mirrored.sort(null);
      notes.add(
          "hub-to-"
              + q.target()
              + " values from "
              + q.target()
              + "'s reported imports divided by CIF/FOB "
              + cifFob
              + " for "
              + String.join(", ", mirrored));
    }
    return reported;
  }

  /** The target's reported yearly imports of all goods from each hub (e.g. from the IMF). */
  private List<String> yearlyContext(
      RouteSql sql, CircumventionQuery q, List<ProductTotals> totals) {
    Set<CountryCode> hubs = new java.util.TreeSet<>();
    totals.forEach(t -> hubs.add(t.hub()));
    int base = Months.year(q.sanctionMonth()) - 1;
    Map<CountryCode, Map<Integer, Double>> byHub = new TreeMap<>();
    query(
        sql.yearlyHubToTarget(base),
        rs -> {
          CountryCode hub = lookup.code(rs.getInt(1));
          if (hubs.contains(hub)) {
            byHub.computeIfAbsent(hub, k -> new TreeMap<>()).put(rs.getInt(2), rs.getDouble(3));
          }
        });
    List<String> out = new ArrayList<>();
    byHub.forEach(
        (hub, years) -> {
          Double before = years.get(base);
          String series =
              years.entrySet().stream()
                  .map(
                      e ->
                          e.getKey()
                              + " "
                              + usd(e.getValue())
                              + (before != null && before > 0 && e.getKey() > base
                                  ? String.format(
                                      java.util.Locale.ROOT, " (x%.2f)", e.getValue() / before)
                                  : ""))
                  .collect(Collectors.joining(", "));
          out.add(
              q.target() + "'s reported imports of all goods from " + hub + ", yearly: " + series);
        });
    return out;
  }

  static String usd(double v) {
    return v >= 1e9
        ? String.format(java.util.Locale.ROOT, "%.2f bn", v / 1e9)
        : String.format(java.util.Locale.ROOT, "%.0f M", v / 1e6);
  }

  private static Map<Integer, double[]> weights(MatchedDesign d) {
    Map<Integer, double[]> w = new TreeMap<>();
    d.baseWeights().forEach((m, x) -> w.computeIfAbsent(m, k -> new double[2])[0] += x);
    for (int m : d.postMonths()) {
      w.computeIfAbsent(m, k -> new double[2])[1] += 1;
    }
    return w;
  }

  private static String designNote(MatchedDesign d, Set<Integer> covered) {
    int from = covered.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int to = covered.stream().mapToInt(Integer::intValue).max().orElseThrow();
    String s =
        "months after the sanction: "
            + Months.range(d.postMonths()[0], d.lastMonth())
            + " ("
            + d.postCount()
            + "), baseline "
            + d.baseline().label()
            + "; the bloc's exports are reported for "
            + Months.range(from, to);
    if (!d.missing().isEmpty()) {
      s +=
          "; months without data, left out: "
              + d.missing().stream().map(Months::format).collect(Collectors.joining(", "));
    }
    return s;
  }

  /** Receives one row of a result. */
  @FunctionalInterface
  interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

  void query(String sql, RowHandler handler) {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        handler.accept(rs);
      }
    } catch (SQLException e) {
      throw StoreLookup.failed("the circumvention analysis", e);
    }
  }
}
