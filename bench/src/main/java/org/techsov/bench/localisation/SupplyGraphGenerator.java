package org.techsov.bench.localisation;

import java.util.Random;
import org.techsov.core.embargo.Gate;
import org.techsov.core.embargo.NodeKind;
import org.techsov.core.embargo.SupplierGraph;
import org.techsov.core.embargo.SupplierGraphBuilder;
import org.techsov.core.reference.CountryCode;

/**
 * Seeded generator of a multi-tier supplier graph of about {@code nodes} nodes: parts with one to
 * three sources (supplier x country, 40 countries, 20,000 suppliers), each source needing up to
 * three deeper parts and sometimes an operation in another country. The first parts are the
 * products. Nodes are added without labels to keep a million-node graph small.
 */
public final class SupplyGraphGenerator {
  static final String[] COUNTRIES = {
    "USA", "CHN", "TWN", "DEU", "JPN", "KOR", "RUS", "IND", "FRA", "NLD", "GBR", "ITA", "ESP",
    "POL", "CZE", "AUT", "BEL", "SWE", "FIN", "DNK", "CHE", "NOR", "CAN", "MEX", "BRA", "TUR",
    "ARE", "KAZ", "BLR", "ARM", "VNM", "THA", "MYS", "SGP", "IDN", "PHL", "ISR", "AUS", "ZAF",
    "HKG"
  };

  private SupplyGraphGenerator() {}

  public static SupplierGraph generate(long seed, int nodes) {
    Random rnd = new Random(seed);
    // about 2.6 nodes per part: 1.4 sources and 0.18 operations on average
    int parts = (int) (nodes / 2.57);
    int products = Math.max(1, parts / 300);
    SupplierGraphBuilder b = new SupplierGraphBuilder(nodes + nodes / 4);
    for (String c : COUNTRIES) {
      b.country(CountryCode.of(c));
    }
    int[] suppliers = new int[20_000];
    for (int s = 0; s < suppliers.length; s++) {
      suppliers[s] = b.supplier("s" + s);
    }
    int[] part = new int[parts];
    // deeper parts first, so every source's inputs already exist
    for (int i = parts - 1; i >= 0; i--) {
      boolean product = i < products;
      part[i] =
          b.add(
              product ? NodeKind.PRODUCT : NodeKind.PART,
              Gate.ANY,
              null,
              -1,
              -1,
              1 + rnd.nextInt(1000));
      int sources = 1 + (rnd.nextInt(10) < 3 ? 1 : 0) + (rnd.nextInt(10) == 0 ? 1 : 0);
      for (int s = 0; s < sources; s++) {
        int src =
            b.add(
                NodeKind.SOURCE,
                Gate.ALL,
                null,
                rnd.nextInt(COUNTRIES.length),
                suppliers[rnd.nextInt(suppliers.length)],
                0);
        b.needs(part[i], src);
        int remaining = parts - i - 1;
        int inputs = remaining == 0 || s > 0 ? 0 : rnd.nextInt(4);
        for (int k = 0; k < inputs; k++) {
          // mostly near neighbours (subassemblies), sometimes far (common parts)
          int offset =
              rnd.nextInt(10) < 8
                  ? 1 + rnd.nextInt(Math.min(remaining, 1000))
                  : 1 + rnd.nextInt(remaining);
          b.needs(src, part[i + offset]);
        }
        if (rnd.nextInt(8) == 0) {
          b.needs(
              src, b.add(NodeKind.OPERATION, Gate.ALL, null, rnd.nextInt(COUNTRIES.length), -1, 0));
        }
      }
    }
    return b.build();
  }
}
