package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.techsov.core.reference.CountryCode;

/**
 * Turns the panel of a circumvention query into ranked routes: for every hub and product group, the
 * surge of the bloc's exports to the hub (METHODS.md 2.2.1), the difference-in-differences of
 * listed against control goods of the same chapters (2.2.2) with its permutation p-value and
 * bootstrap interval, the hub's exports to the target and their co-movement with its imports from
 * the bloc (2.2.3), the collapse of the bloc's direct exports, and unit values. Routes are
 * significant when flagged (surge ratio and increase above the thresholds), with a positive effect,
 * at a Benjamini-Hochberg q-value at most {@code alpha} over all routes tested.
 */
public final class RouteAnalysis {
  private final CircumventionQuery query;
  private final GoodsSelection goods;
  private final RoutePanel panel;
  private final MatchedDesign design;

  private RouteAnalysis(CircumventionQuery query, GoodsSelection goods, RoutePanel panel) {
    this.query = query;
    this.goods = goods;
    this.panel = panel;
    this.design = panel.design();
  }

  public static CircumventionResult run(
      CircumventionQuery query, GoodsSelection goods, RoutePanel panel) {
    return new RouteAnalysis(query, goods, panel).run();
  }

  private CircumventionResult run() {
    Map<CountryCode, List<ProductTotals>> byHub = new TreeMap<>();
    panel.totals().forEach(t -> byHub.computeIfAbsent(t.hub(), k -> new ArrayList<>()).add(t));
    List<Route> routes = new ArrayList<>();
    for (var hub : byHub.entrySet()) {
      Map<String, List<ProductTotals>> groups = new TreeMap<>();
      for (ProductTotals t : hub.getValue()) {
        if (goods.isListed(t.hs6()) && t.base() + t.post() > 0) {
          groups
              .computeIfAbsent(goods.group(t.hs6(), query.level()), k -> new ArrayList<>())
              .add(t);
        }
      }
      groups.forEach((g, listed) -> routes.add(route(hub.getKey(), g, listed, hub.getValue())));
    }
    double[] p = routes.stream().mapToDouble(r -> r.effect().pValue()).toArray();
    double[] q = FalseDiscovery.qValues(p);
    List<Route> out = new ArrayList<>();
    for (int i = 0; i < routes.size(); i++) {
      out.add(withQ(routes.get(i), q[i]));
    }
    out.sort(RANKING);
    List<String> notes = new ArrayList<>(panel.notes());
    notes.add(
        String.format(
            java.util.Locale.ROOT,
            "%d routes tested; significance at a false discovery rate of %.0f%% (Benjamini-Hochberg)",
            routes.size(),
            100 * query.options().alpha()));
    return new CircumventionResult(query, goods.label(), design, out, notes);
  }

  static final Comparator<Route> RANKING =
      Comparator.comparing((Route r) -> !r.significant())
          .thenComparing(r -> !r.flagged())
          .thenComparing(r -> -r.blocToHub().increasePerMonth())
          .thenComparing(r -> r.hub().alpha3())
          .thenComparing(Route::group);

  private Route withQ(Route r, double q) {
    Effect e = r.effect().withQ(q);
    boolean positive = Double.isNaN(e.did()) || e.did() > 0;
    boolean significant = r.flagged() && positive && q <= query.options().alpha();
    return new Route(
        r.origin(),
        r.hub(),
        r.target(),
        r.group(),
        r.listedProducts(),
        r.controlProducts(),
        r.blocToHub(),
        r.hubToTarget(),
        r.blocToTarget(),
        e,
        r.signature(),
        r.unitValues(),
        r.flagged(),
        significant);
  }

  private Route route(
      CountryCode hub, String group, List<ProductTotals> listed, List<ProductTotals> all) {
    Set<Integer> chapters = new TreeSet<>();
    listed.forEach(t -> chapters.add(t.hs6() / 10000));
    List<PermutationUnit> units = new ArrayList<>();
    listed.forEach(t -> units.add(new PermutationUnit(t.hs6() / 10000, t.base(), t.post(), true)));
    int controls = 0;
    for (ProductTotals t : all) {
      if (goods.isControl(t.hs6())
          && chapters.contains(t.hs6() / 10000)
          && t.base() + t.post() > 0) {
        units.add(new PermutationUnit(t.hs6() / 10000, t.base(), t.post(), false));
        controls++;
      }
    }
    List<Integer> products = listed.stream().map(ProductTotals::hs6).toList();
    SeriesPair leg1 = sum(panel.blocToHub().getOrDefault(hub, Map.of()), products);
    SeriesPair leg2 = sum(panel.hubToTarget().getOrDefault(hub, Map.of()), products);
    SeriesPair leg0 = sum(panel.blocToTarget(), products);
    Surge s1 = surge(leg1.value());
    RouteOptions o = query.options();
    boolean flagged = s1.isSurge(o.minRatio(), o.minIncreasePerMonth());
    double did = PpmlDid.estimate(strata(units));
    long seed = o.seed() * 1_000_003L + hub.alpha3().hashCode() * 31L + group.hashCode();
    boolean hasControls = controls > 0 && !Double.isNaN(did);
    MonthBootstrap boot =
        flagged || !hasControls
            ? MonthBootstrap.run(design, chapterSeries(hub, listed, chapters), o.bootstrap(), seed)
            : new MonthBootstrap(Interval.NONE, Interval.NONE, Double.NaN);
    double p =
        hasControls ? PermutationTest.pValue(units, o.permutations(), seed) : boot.ratioPValue();
    Effect effect =
        new Effect(
            did,
            boot.did(),
            boot.ratio(),
            p,
            hasControls ? "permutation" : "bootstrap",
            Double.NaN);
    return new Route(
        query.bloc(),
        hub,
        query.target(),
        group,
        listed.size(),
        controls,
        s1,
        surge(leg2.value()),
        surge(leg0.value()),
        effect,
        coMovement(leg1.value(), leg2.value()),
        unitValues(leg1, leg2),
        flagged,
        false);
  }

  private static List<DidStratum> strata(List<PermutationUnit> units) {
    Map<Integer, double[]> by = new TreeMap<>();
    for (PermutationUnit u : units) {
      double[] a = by.computeIfAbsent(u.stratum(), k -> new double[4]);
      int at = u.treated() ? 0 : 2;
      a[at] += u.base();
      a[at + 1] += u.post();
    }
    List<DidStratum> out = new ArrayList<>();
    by.values().forEach(a -> out.add(new DidStratum(a[0], a[1], a[2], a[3])));
    return out;
  }

  private List<MonthBootstrap.Chapter> chapterSeries(
      CountryCode hub, List<ProductTotals> listed, Set<Integer> chapters) {
    Map<Integer, SeriesPair> series = panel.blocToHub().getOrDefault(hub, Map.of());
    Map<Integer, MonthSeries> controls = panel.controls().getOrDefault(hub, Map.of());
    List<MonthBootstrap.Chapter> out = new ArrayList<>();
    for (int c : chapters) {
      List<Integer> inChapter =
          listed.stream().map(ProductTotals::hs6).filter(k -> k / 10000 == c).toList();
      MonthSeries control = controls.getOrDefault(c, empty());
      out.add(new MonthBootstrap.Chapter(sum(series, inChapter).value(), control));
    }
    return out;
  }

  private SeriesPair sum(Map<Integer, SeriesPair> series, List<Integer> products) {
    SeriesPair s = SeriesPair.over(design.firstMonth(), design.lastMonth());
    for (int k : products) {
      SeriesPair one = series.get(k);
      if (one != null) {
        s.addAll(one);
      }
    }
    return s;
  }

  private MonthSeries empty() {
    return new MonthSeries(design.firstMonth(), design.lastMonth());
  }

  private Surge surge(MonthSeries s) {
    return new Surge(
        design.basePerMonth(s), design.post(s, design.allPosts()) / design.postCount());
  }

  private CoMovement coMovement(MonthSeries imports, MonthSeries exports) {
    if (imports.isZero() || exports.isZero()) {
      return CoMovement.NONE;
    }
    return CoMovement.best(imports.toArray(), exports.toArray(), query.options().maxLag());
  }

  private UnitValues unitValues(SeriesPair leg1, SeriesPair leg2) {
    int[] all = design.allPosts();
    return new UnitValues(
        UnitValues.of(design.base(leg1.value(), all), design.base(leg1.kilograms(), all)),
        UnitValues.of(design.post(leg1.value(), all), design.post(leg1.kilograms(), all)),
        UnitValues.of(design.base(leg2.value(), all), design.base(leg2.kilograms(), all)),
        UnitValues.of(design.post(leg2.value(), all), design.post(leg2.kilograms(), all)));
  }
}
