package org.techsov.core.embargo;

import java.util.Random;
import org.techsov.core.reference.CountryCode;

/** Seeded random supplier graphs: products over layers of parts with one to three sources. */
final class RandomSupplyGraphs {
  static final String[] COUNTRIES = {"USA", "CHN", "TWN", "DEU", "JPN", "KOR", "RUS", "IND"};

  /** The date the properties are checked on. */
  static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 1, 1);

  private RandomSupplyGraphs() {}

  static SupplierGraph generate(long seed, int parts) {
    Random rnd = new Random(seed);
    SupplierGraphBuilder b = new SupplierGraphBuilder(parts * 3);
    for (String c : COUNTRIES) {
      b.country(CountryCode.of(c));
    }
    int[] part = new int[parts];
    for (int i = parts - 1; i >= 0; i--) {
      boolean product = i < Math.max(1, parts / 10);
      part[i] = b.add(product ? NodeKind.PRODUCT : NodeKind.PART, Gate.ANY, "p" + i, -1, -1, 1 + i);
      int sources = 1 + rnd.nextInt(3);
      for (int s = 0; s < sources; s++) {
        int country = rnd.nextInt(COUNTRIES.length);
        int src =
            b.add(
                NodeKind.SOURCE,
                Gate.ALL,
                "p" + i + "s" + s,
                country,
                b.supplier("sup" + rnd.nextInt(20)),
                0);
        b.needs(part[i], src);
        if (rnd.nextInt(6) == 0) {
          // a substitute still being qualified around the test date
          b.availableFrom(src, java.time.LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(3) - 1));
        }
        // components are parts with a higher index, created earlier
        int inputs = i + 1 < parts ? rnd.nextInt(3) : 0;
        for (int k = 0; k < inputs; k++) {
          b.needs(src, part[i + 1 + rnd.nextInt(parts - i - 1)]);
        }
        if (rnd.nextInt(4) == 0) {
          int op = b.add(NodeKind.OPERATION, Gate.ALL, "op", rnd.nextInt(COUNTRIES.length), -1, 0);
          b.needs(src, op);
        }
      }
    }
    return b.build();
  }

  /** The straightforward evaluation the propagation must agree with: children before parents. */
  static boolean[] blockedByFullEvaluation(SupplierGraph g, java.util.Set<CountryCode> cut) {
    boolean[] blocked = new boolean[g.size()];
    for (int k = g.size() - 1; k >= 0; k--) {
      int v = g.topological[k];
      boolean late = g.availableFrom(v) != null && g.availableFrom(v).isAfter(DAY);
      boolean self = late || (g.country(v) != null && cut.contains(g.country(v)));
      int n = g.childCount(v);
      int alive = 0;
      for (int j = 0; j < n; j++) {
        alive += blocked[g.child(v, j)] ? 0 : 1;
      }
      boolean inputsOk = n == 0 || (g.gate(v) == Gate.ANY ? alive > 0 : alive == n);
      blocked[v] = self || !inputsOk;
    }
    return blocked;
  }
}
