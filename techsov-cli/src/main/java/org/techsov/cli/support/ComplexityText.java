package org.techsov.cli.support;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.techsov.core.complexity.ComplexityResult;

/** The text-table form of a year's complexity: top countries by ECI, top products by PCI. */
final class ComplexityText {
  private ComplexityText() {}

  static void print(
      ComplexityResult r, String source, String country, boolean cells, int top, PrintWriter w) {
    w.printf(
        Locale.ROOT,
        "Economic complexity %d (%s; %s)%n",
        r.year(),
        source,
        ComplexityFlags.describe(r.options()));
    w.printf(
        Locale.ROOT,
        "%d countries x %d products; left out for zero exports: %d countries, %d products;"
            + " unranked (no RCA presence): %d countries, %d products%n",
        r.countries().size(),
        r.products().size(),
        r.droppedCountries().size(),
        r.droppedProducts().size(),
        r.unrankedCountries().size(),
        r.unrankedProducts().size());
    r.warnings().forEach(x -> w.println("warning: " + x));
    w.println();
    countries(r, top, w);
    w.println();
    products(r, top, w);
    if (cells) {
      w.println();
      cells(r, country, top, w);
    }
  }

  private static void countries(ComplexityResult r, int top, PrintWriter w) {
    int n = r.countries().size();
    int[] order = descending(n, r::eci);
    w.println("Countries by ECI (" + shown(top, n) + ")");
    TextTable t = new TextTable("rank", "country", "ECI", "diversity", "COI", "fitness");
    for (int i = 0; i < limit(top, n); i++) {
      int c = order[i];
      t.row(
          i + 1,
          r.countries().get(c),
          TextTable.num(r.eci(c), 3),
          r.diversity(c),
          TextTable.num(r.coi(c), 3),
          TextTable.num(r.fitness(c), 3));
    }
    t.print(w);
  }

  private static void products(ComplexityResult r, int top, PrintWriter w) {
    int n = r.products().size();
    int[] order = descending(n, r::pci);
    w.println("Products by PCI (" + shown(top, n) + ")");
    TextTable t = new TextTable("rank", "product", "PCI", "ubiquity");
    for (int i = 0; i < limit(top, n); i++) {
      int p = order[i];
      t.row(i + 1, r.products().get(p), TextTable.num(r.pci(p), 3), r.ubiquity(p));
    }
    t.print(w);
  }

  private static void cells(ComplexityResult r, String country, int top, PrintWriter w) {
    int c = r.countryIndex(country);
    if (c < 0) {
      w.println("No exports of " + country + " in " + r.year());
      return;
    }
    int n = r.products().size();
    int[] order = descending(n, p -> r.mcp(c, p) ? Double.NaN : r.density(c, p));
    w.println(
        "Products "
            + country
            + " does not export with RCA presence, by density ("
            + shown(top, n - r.diversity(c))
            + ")");
    TextTable t = new TextTable("product", "RCA", "density", "distance", "COG", "PCI");
    for (int i = 0; i < limit(top, n - r.diversity(c)); i++) {
      int p = order[i];
      t.row(
          r.products().get(p),
          TextTable.num(r.rca(c, p), 3),
          TextTable.num(r.density(c, p), 3),
          TextTable.num(r.distance(c, p), 3),
          TextTable.num(r.cog(c, p), 3),
          TextTable.num(r.pci(p), 3));
    }
    t.print(w);
  }

  private static int limit(int top, int n) {
    return top == 0 ? n : Math.min(top, n);
  }

  private static String shown(int top, int n) {
    return limit(top, n) == n ? "all " + n : "top " + top + " of " + n;
  }

  /** Indices of {@code n} items by a value, highest first, NaN last, ties by index. */
  static int[] descending(int n, IntToDoubleFunction value) {
    return IntStream.range(0, n)
        .boxed()
        .sorted(
            Comparator.comparingDouble(
                    (Integer i) -> {
                      double v = value.applyAsDouble(i);
                      return Double.isNaN(v) ? Double.POSITIVE_INFINITY : -v;
                    })
                .thenComparing(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
