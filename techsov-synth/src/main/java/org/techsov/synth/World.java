package org.techsov.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.PriorityItem;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.reference.TechnologyArea;

/**
 * The fixed structure of a synthetic world: countries with size, position and capability, and
 * products with complexity and whether sanctions cover them.
 */
final class World {
  final List<Country> countries;
  final double[] mass;
  final double[] lat;
  final double[] lon;
  final double[] capability;
  final int[] products;
  final double[] complexity;
  final double[] unitValue;
  final boolean[] sanctioned;
  final int target;
  final boolean[] coalition;
  final boolean[] china;
  final boolean[] hub;

  World(ReferenceData ref, WorldSpec spec) {
    SplittableRandom rnd = new SplittableRandom(spec.seed());
    countries = new ArrayList<>();
    for (Country c : ref.countries().all()) {
      // modern ISO countries that BACI reports; historic entities and "n.e.s." areas are left out
      if (c.baciCode() > 0 && !c.alpha2().isEmpty()) {
        countries.add(c);
      }
    }
    countries.sort(Comparator.comparingInt(Country::baciCode));
    int n = countries.size();
    mass = new double[n];
    lat = new double[n];
    lon = new double[n];
    capability = new double[n];
    for (int i = 0; i < n; i++) {
      place(i, countries.get(i), rnd);
    }
    target = indexOf(spec.target());
    coalition = members(ref.bloc("COALITION").everMembers());
    china = members(ref.bloc("CHN_HK").everMembers());
    hub = members(ref.bloc("HUBS").everMembers());
    ProductSet ps = ProductSet.build(ref, spec.products(), rnd);
    products = ps.codes;
    complexity = ps.complexity;
    unitValue = ps.unitValue;
    sanctioned = ps.sanctioned;
  }

  private void place(int i, Country c, SplittableRandom rnd) {
    double[] known = Geography.KNOWN.get(c.code().alpha3());
    if (known != null) {
      mass[i] = known[0];
      lat[i] = known[1];
      lon[i] = known[2];
      capability[i] = known[3];
      return;
    }
    double[] centre = Geography.REGIONS.getOrDefault(c.region(), new double[] {0, 0});
    mass[i] = Math.min(0.3, Math.exp(Math.log(0.02) + 1.3 * rnd.nextGaussian()));
    lat[i] = Math.max(-80, Math.min(80, centre[0] + 12 * rnd.nextGaussian()));
    lon[i] = centre[1] + 20 * rnd.nextGaussian();
    capability[i] = 0.1 + 0.45 * rnd.nextDouble() + 0.3 * Math.min(1, mass[i] / 0.3);
  }

  int indexOf(CountryCode code) {
    for (int i = 0; i < countries.size(); i++) {
      if (countries.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException("country " + code + " is not in the synthetic world");
  }

  private boolean[] members(Set<CountryCode> codes) {
    boolean[] out = new boolean[countries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = codes.contains(countries.get(i).code());
    }
    return out;
  }

  int size() {
    return countries.size();
  }

  /** The products: real codes of technology areas and goods lists, then filler codes. */
  static final class ProductSet {
    int[] codes;
    double[] complexity;
    double[] unitValue;
    boolean[] sanctioned;

    static ProductSet build(ReferenceData ref, int count, SplittableRandom rnd) {
      Set<Integer> tech = new LinkedHashSet<>();
      for (TechnologyArea a : ref.areas().values()) {
        for (HsCode c : a.codes()) {
          addSubheadings(tech, c);
        }
      }
      for (GoodsList l : ref.goodsLists().values()) {
        for (PriorityItem item : l.items()) {
          addSubheadings(tech, item.code());
        }
      }
      Set<Integer> all = new LinkedHashSet<>(tech);
      Set<Integer> techHeadings = new java.util.HashSet<>();
      tech.forEach(code -> techHeadings.add(code / 100));
      fill(all, techHeadings, count, rnd);
      ProductSet ps = new ProductSet();
      ps.codes = all.stream().mapToInt(Integer::intValue).sorted().toArray();
      int p = ps.codes.length;
      ps.complexity = new double[p];
      ps.unitValue = new double[p];
      ps.sanctioned = new boolean[p];
      for (int k = 0; k < p; k++) {
        boolean t = tech.contains(ps.codes[k]);
        ps.sanctioned[k] = t;
        ps.complexity[k] = t ? 0.6 + 0.38 * rnd.nextDouble() : 0.9 * rnd.nextDouble();
        // US dollars per tonne: electronics are light and dear, bulk goods heavy and cheap
        ps.unitValue[k] = Math.exp((t ? 11 : 7.5) + 1.2 * rnd.nextGaussian());
      }
      return ps;
    }

    private static void addSubheadings(Set<Integer> out, HsCode c) {
      int v = Integer.parseInt(c.code());
      switch (c.level()) {
        case HS6 -> out.add(v);
        case HS4 -> {
          for (int s : new int[] {10, 20, 30, 90}) {
            out.add(v * 100 + s);
          }
        }
        case HS2 -> {
          for (int h = 1; h <= 5; h++) {
            out.add(v * 10000 + h * 100 + 10);
          }
        }
      }
    }

    /** Adds filler subheadings spread over all chapters until there are {@code count}. */
    private static void fill(
        Set<Integer> all, Set<Integer> techHeadings, int count, SplittableRandom rnd) {
      while (all.size() < count) {
        int chapter = 1 + rnd.nextInt(97);
        int heading = chapter * 100 + 1 + rnd.nextInt(40);
        if (chapter == 77 || techHeadings.contains(heading)) {
          continue;
        }
        all.add(heading * 100 + 10 * (1 + rnd.nextInt(9)));
      }
    }
  }
}
