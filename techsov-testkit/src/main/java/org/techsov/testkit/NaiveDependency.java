package org.techsov.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.techsov.core.dependency.Baseline;
import org.techsov.core.dependency.BlocShare;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.dependency.ProductGroup;
import org.techsov.core.dependency.SupplierShare;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.HsLevel;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.reference.TechnologyArea;
import org.techsov.core.trade.TradeFlow;

/**
 * The dependency analysis written the slow, obvious way over flows in memory: the reference the
 * engines are checked against. It follows the definition, not the engines' code.
 */
public final class NaiveDependency {
  private final ReferenceData reference;

  public NaiveDependency(ReferenceData reference) {
    this.reference = reference;
  }

  /** Rows ordered by importer code, group code and year, as the engine orders them. */
  public List<DependencyRow> run(DependencyQuery q, List<TradeFlow> flows) {
    Map<Key, Map<CountryCode, Double>> byGroup = new HashMap<>();
    for (TradeFlow f : flows) {
      int y = f.period().year();
      boolean inRange = y >= q.fromYear() && y <= q.toYear();
      boolean isBase = q.baselineYear().isPresent() && y == q.baselineYear().getAsInt();
      if (!f.period().isYear() || !(inRange || isBase) || f.valueUsd() <= 0) {
        continue;
      }
      if (!q.importers().isEmpty() && !q.importers().contains(f.importer())) {
        continue;
      }
      if (!q.products().isEmpty() && q.products().stream().noneMatch(f.product()::isWithin)) {
        continue;
      }
      for (String g : groups(q, f.product())) {
        byGroup
            .computeIfAbsent(new Key(y, f.importer(), g), k -> new HashMap<>())
            .merge(f.exporter(), f.valueUsd(), Double::sum);
      }
    }
    List<DependencyRow> out = new ArrayList<>();
    for (Map.Entry<Key, Map<CountryCode, Double>> e : new TreeMap<>(byGroup).entrySet()) {
      Key k = e.getKey();
      if (k.year < q.fromYear() || k.year > q.toYear()) {
        continue;
      }
      Optional<Baseline> base =
          q.baselineYear().isPresent()
              ? Optional.of(
                  baseline(
                      q, byGroup.get(new Key(q.baselineYear().getAsInt(), k.importer, k.group))))
              : Optional.empty();
      out.add(row(q, k, e.getValue(), base));
    }
    return out;
  }

  private List<String> groups(DependencyQuery q, HsCode product) {
    List<String> out = new ArrayList<>();
    List<TechnologyArea> areas = q.areas().stream().map(reference::area).toList();
    if (q.level() == GroupLevel.AREA) {
      areas.stream().filter(a -> a.contains(product)).forEach(a -> out.add(a.id()));
      return out;
    }
    if (!areas.isEmpty() && areas.stream().noneMatch(a -> a.contains(product))) {
      return out;
    }
    out.add(product.truncate(HsLevel.valueOf(q.level().name())).code());
    return out;
  }

  private DependencyRow row(
      DependencyQuery q, Key k, Map<CountryCode, Double> values, Optional<Baseline> base) {
    double total = values.values().stream().mapToDouble(Double::doubleValue).sum();
    double hhi = 0;
    for (double v : values.values()) {
      hhi += (v / total) * (v / total);
    }
    List<Map.Entry<CountryCode, Double>> sorted = new ArrayList<>(values.entrySet());
    sorted.sort(
        Comparator.<Map.Entry<CountryCode, Double>>comparingDouble(Map.Entry::getValue)
            .reversed()
            .thenComparingInt(en -> reference.countries().require(en.getKey()).key()));
    List<SupplierShare> top = new ArrayList<>();
    for (int i = 0; i < Math.min(q.topSuppliers(), sorted.size()); i++) {
      var en = sorted.get(i);
      top.add(new SupplierShare(en.getKey(), en.getValue(), en.getValue() / total));
    }
    return new DependencyRow(
        k.importer,
        k.year,
        new ProductGroup(q.level(), k.group),
        total,
        values.size(),
        hhi,
        top,
        blocShares(q, values, total),
        base);
  }

  private List<BlocShare> blocShares(
      DependencyQuery q, Map<CountryCode, Double> values, double total) {
    List<BlocShare> out = new ArrayList<>();
    for (String b : q.blocs()) {
      Set<CountryCode> members = reference.bloc(b).membersOn(q.blocDate());
      double v = 0;
      for (var en : values.entrySet()) {
        if (members.contains(en.getKey())) {
          v += en.getValue();
        }
      }
      out.add(new BlocShare(b, v, total > 0 ? v / total : Double.NaN));
    }
    return out;
  }

  private Baseline baseline(DependencyQuery q, Map<CountryCode, Double> values) {
    if (values == null) {
      List<BlocShare> none = q.blocs().stream().map(b -> new BlocShare(b, 0, Double.NaN)).toList();
      return new Baseline(q.baselineYear().getAsInt(), 0, Double.NaN, none);
    }
    double total = values.values().stream().mapToDouble(Double::doubleValue).sum();
    double hhi = 0;
    for (double v : values.values()) {
      hhi += (v / total) * (v / total);
    }
    return new Baseline(q.baselineYear().getAsInt(), total, hhi, blocShares(q, values, total));
  }

  private record Key(int year, CountryCode importer, String group) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = importer.compareTo(o.importer);
      if (c != 0) {
        return c;
      }
      c = group.compareTo(o.group);
      return c != 0 ? c : Integer.compare(year, o.year);
    }
  }
}
