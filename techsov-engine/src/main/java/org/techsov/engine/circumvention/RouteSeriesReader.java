package org.techsov.engine.circumvention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.techsov.core.circumvention.CircumventionQuery;
import org.techsov.core.circumvention.GoodsSelection;
import org.techsov.core.circumvention.MatchedDesign;
import org.techsov.core.circumvention.MonthSeries;
import org.techsov.core.circumvention.RouteSeries;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.dependency.SqlDialect;

/**
 * Reads the monthly series of one route with the route analysis's own SQL ({@link RouteSql}),
 * restricted to one hub and summed over the listed subheadings of one group.
 */
final class RouteSeriesReader {
  private final StoreLookup lookup;
  private final SqlDialect dialect;
  private final BiConsumer<String, CircumventionEngine.RowHandler> query;

  RouteSeriesReader(
      StoreLookup lookup,
      SqlDialect dialect,
      BiConsumer<String, CircumventionEngine.RowHandler> query) {
    this.lookup = lookup;
    this.dialect = dialect;
    this.query = query;
  }

  RouteSeries read(CircumventionQuery q, CountryCode hub, String group) {
    if (hub.equals(q.target())) {
      throw TechsovException.invalidArgument(
          "the hub " + hub + " is the target; name a third country");
    }
    GoodsSelection goods = new GoodsResolver(lookup).selection(q.goods(), q.notControls());
    RouteSql sql =
        new RouteSql(
            dialect,
            new ResolvedRoutes(
                lookup.key(q.target()),
                lookup.members(q.bloc(), q.blocDate()),
                List.of(lookup.key(hub))),
            goods);
    Set<Integer> covered = new HashSet<>();
    query.accept(sql.coverage(), rs -> covered.add(rs.getInt(1)));
    if (covered.isEmpty()) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          "the store holds no monthly exports reported by "
              + q.bloc()
              + " members; load Comext or Comtrade files with 'techsov ingest comext|comtrade'");
    }
    int first = covered.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int last = covered.stream().mapToInt(Integer::intValue).max().orElseThrow();
    MatchedDesign design =
        MatchedDesign.of(
            q.baseline(), q.sanctionMonth(), q.untilMonth().orElse(last), covered::contains);
    Group g = new Group(goods, q, group, first, last);
    query.accept(
        sql.blocToHub(first, last),
        rs -> g.add(g.blocToHub, rs.getInt(2), rs.getInt(3), rs.getDouble(4)));
    double cifFob = q.options().cifFob();
    boolean[] reports = {false};
    query.accept(
        sql.hubToTarget(first, last),
        rs -> {
          boolean own = rs.getString(1).equals("X");
          int month = rs.getInt(4);
          reports[0] |= own && month >= design.firstMonth() && month <= design.lastMonth();
          g.add(
              own ? g.reported : g.mirror,
              rs.getInt(3),
              month,
              rs.getDouble(5) * (own ? 1 : 1 / cifFob));
        });
    query.accept(
        sql.blocToTarget(first, last),
        rs -> g.add(g.blocToTarget, rs.getInt(1), rs.getInt(2), rs.getDouble(3)));
    g.requireSeen(hub);
    Set<Integer> products = g.products(design);
    // as the analysis does: a hub's own export reports where it files any, else the mirror
    boolean mirrored = !reports[0];
    MonthSeries blocToHub = g.sum(g.blocToHub, products);
    MonthSeries blocToTarget = g.sum(g.blocToTarget, products);
    return new RouteSeries(
        q.bloc(),
        hub.alpha3(),
        q.target().alpha3(),
        group,
        q.sanctionMonth(),
        design,
        blocToHub,
        g.sum(mirrored ? g.mirror : g.reported, products),
        blocToTarget,
        mirrored);
  }

  /**
   * The series of one group's subheadings, by subheading, and the groups that carry trade. As in
   * the route analysis, a route's subheadings are those the bloc exported to the hub in the months
   * compared; the other legs are summed over the same subheadings.
   */
  private static final class Group {
    private final GoodsSelection goods;
    private final CircumventionQuery q;
    private final String group;
    private final int first;
    private final int last;
    private final Set<String> seen = new TreeSet<>();
    final Map<Integer, MonthSeries> blocToHub = new HashMap<>();
    final Map<Integer, MonthSeries> reported = new HashMap<>();
    final Map<Integer, MonthSeries> mirror = new HashMap<>();
    final Map<Integer, MonthSeries> blocToTarget = new HashMap<>();

    Group(GoodsSelection goods, CircumventionQuery q, String group, int first, int last) {
      this.goods = goods;
      this.q = q;
      this.group = group;
      this.first = first;
      this.last = last;
    }

    void add(Map<Integer, MonthSeries> into, int hs6, int month, double value) {
      String g = goods.group(hs6, q.level());
      seen.add(g);
      if (g.equals(group)) {
        into.computeIfAbsent(hs6, k -> new MonthSeries(first, last)).add(month, value);
      }
    }

    /** Subheadings with bloc-to-hub trade in a baseline or post month. */
    Set<Integer> products(MatchedDesign d) {
      Set<Integer> out = new TreeSet<>();
      blocToHub.forEach(
          (hs6, series) -> {
            if (d.base(series, d.allPosts()) + d.post(series, d.allPosts()) > 0) {
              out.add(hs6);
            }
          });
      return out;
    }

    MonthSeries sum(Map<Integer, MonthSeries> by, Set<Integer> products) {
      MonthSeries out = new MonthSeries(first, last);
      products.forEach(
          k -> {
            MonthSeries one = by.get(k);
            if (one != null) {
              out.addAll(one);
            }
          });
      return out;
    }

    void requireSeen(CountryCode hub) {
      if (seen.contains(group)) {
        return;
      }
      throw TechsovException.invalidArgument(
          "no trade of "
              + goods.label()
              + " in group '"
              + group
              + "' at level "
              + q.level().name().toLowerCase(Locale.ROOT)
              + " on "
              + q.bloc()
              + ">"
              + hub
              + ">"
              + q.target()
              + (seen.isEmpty()
                  ? "; the route carries none of these goods"
                  : "; groups with trade: " + String.join(", ", seen.stream().limit(40).toList())));
    }
  }
}
