package org.techsov.bench.localisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomEdge;
import org.techsov.core.bom.BomHeader;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.Operation;
import org.techsov.core.bom.Substitute;
import org.techsov.core.bom.Valuation;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;

/**
 * Seeded generator of large multi-level bills of materials: each item hangs under an earlier one
 * (so the bill is a tree of depth about log n), a few items are shared by a second parent, about
 * half carry one or two operations and a fifth a substitute. Same seed, same bill.
 */
public final class BomGenerator {
  static final String[] COUNTRIES = {
    "RUS", "CHN", "TWN", "USA", "DEU", "JPN", "KOR", "IND", "KAZ", "BLR", "FRA", "NLD"
  };
  private static final String[] OPERATIONS = {
    "design",
    "wafer_fabrication",
    "die_packaging",
    "testing",
    "surface_mount_placement",
    "final_assembly",
    "software",
    "branding",
    "packing"
  };
  private static final String[] HS = {"854231", "854232", "853400", "853890", "847330", "850440"};

  private BomGenerator() {}

  public static Bom generate(long seed, int items) {
    Random rnd = new Random(seed);
    CountryCode[] countries = new CountryCode[COUNTRIES.length];
    for (int i = 0; i < countries.length; i++) {
      countries[i] = CountryCode.of(COUNTRIES[i]);
    }
    HsCode[] hs = new HsCode[HS.length];
    for (int i = 0; i < hs.length; i++) {
      hs[i] = new HsCode(HS[i]);
    }
    List<BomItem> list = new ArrayList<>(items);
    List<BomEdge> edges = new ArrayList<>(items + items / 50);
    for (int i = 0; i < items; i++) {
      list.add(item(rnd, i, countries, hs));
      if (i > 0) {
        int parent = rnd.nextInt(Math.max(1, i / 2));
        edges.add(BomEdge.of("P" + parent, "P" + i, 1 + rnd.nextInt(4)));
        if (i > 10 && rnd.nextInt(50) == 0) {
          int other = rnd.nextInt(i / 2);
          if (other != parent) {
            edges.add(BomEdge.of("P" + other, "P" + i, 1));
          }
        }
      }
    }
    BomHeader header =
        new BomHeader(
            "generated-" + seed,
            "generated",
            "P0",
            "USD",
            Set.of("design_rights_5y"),
            Valuation.none(),
            1000,
            null);
    return Bom.of(header, list, edges);
  }

  private static BomItem item(Random rnd, int i, CountryCode[] countries, HsCode[] hs) {
    List<Operation> ops = new ArrayList<>(2);
    for (int k = rnd.nextInt(3) - 1; k >= 0; k--) {
      ops.add(
          new Operation(
              OPERATIONS[rnd.nextInt(OPERATIONS.length)],
              countries[rnd.nextInt(countries.length)],
              1));
    }
    List<Substitute> subs = new ArrayList<>(1);
    if (rnd.nextInt(5) == 0) {
      subs.add(
          new Substitute(
              "S" + i,
              "alt" + rnd.nextInt(500),
              countries[rnd.nextInt(countries.length)],
              rnd.nextBoolean(),
              null));
    }
    return new BomItem(
        "P" + i,
        "",
        hs[rnd.nextInt(hs.length)],
        "maker" + rnd.nextInt(2000),
        countries[rnd.nextInt(countries.length)],
        1 + rnd.nextInt(1000),
        "USD",
        ops,
        subs,
        null);
  }
}
