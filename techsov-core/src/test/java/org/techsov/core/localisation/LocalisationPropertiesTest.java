package org.techsov.core.localisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomEdge;
import org.techsov.core.bom.BomHeader;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.Operation;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;

class LocalisationPropertiesTest {
  private static final String[] COUNTRIES = {"RUS", "CHN", "TWN", "DEU", "KAZ"};
  private static final String[] OPS = {
    "design", "wafer_fabrication", "die_packaging", "testing", "final_assembly", "branding"
  };
  private static final String[] HS = {"854231", "853400", "847330", "850440"};

  /** A random tree-shaped bill: each item after the first hangs under an earlier one. */
  private static Bom randomBom(Random rnd, int size) {
    List<BomItem> items = new ArrayList<>();
    List<BomEdge> edges = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<Operation> ops = new ArrayList<>();
      for (int k = rnd.nextInt(3); k > 0; k--) {
        ops.add(new Operation(pick(rnd, OPS), CountryCode.of(pick(rnd, COUNTRIES)), 1));
      }
      items.add(
          new BomItem(
              "I" + i,
              "",
              new HsCode(pick(rnd, HS)),
              "",
              CountryCode.of(pick(rnd, COUNTRIES)),
              1 + rnd.nextInt(100),
              "USD",
              ops,
              null,
              null));
      if (i > 0) {
        edges.add(BomEdge.of("I" + rnd.nextInt(i), "I" + i, 1 + rnd.nextInt(3)));
      }
    }
    return Bom.of(BomHeader.of("r", "I0", "USD"), items, edges);
  }

  private static String pick(Random rnd, String[] from) {
    return from[rnd.nextInt(from.length)];
  }

  /** The same bill with one randomly chosen operation moved to Russia (the territory). */
  private static Bom moveOneOperationHome(Bom bom, Random rnd) {
    List<Integer> withOps = new ArrayList<>();
    for (int i = 0; i < bom.size(); i++) {
      if (!bom.item(i).operations().isEmpty()) {
        withOps.add(i);
      }
    }
    if (withOps.isEmpty()) {
      return bom;
    }
    int i = withOps.get(rnd.nextInt(withOps.size()));
    List<Operation> ops = new ArrayList<>(bom.item(i).operations());
    int k = rnd.nextInt(ops.size());
    ops.set(k, ops.get(k).movedTo(CountryCode.of("RUS")));
    List<BomItem> items = new ArrayList<>(bom.items());
    items.set(i, bom.item(i).withOperations(ops));
    return Bom.of(bom.header(), items, bom.edges());
  }

  private static TestRules randomPoints(Random rnd) {
    TestRules r = TestRules.points().threshold(50);
    for (String op : OPS) {
      if (rnd.nextBoolean()) {
        r.op(op, rnd.nextInt(50));
      }
    }
    if (rnd.nextBoolean()) {
      r.opOn("testing", 30, "8542");
    }
    r.component("board", "8534", rnd.nextInt(20));
    return r.multiplier("never", 2);
  }

  @Test
  void movingAnOperationIntoTheCountryNeverLowersAPointsScore() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              Bom before = randomBom(rnd, 1 + rnd.nextInt(30));
              TestRules rules = randomPoints(rnd);
              Bom after = moveOneOperationHome(before, rnd);
              assertThat(rules.score(after).score())
                  .as("seed %d", seed)
                  .isGreaterThanOrEqualTo(rules.score(before).score());
            });
  }

  @Test
  void movingAnOperationIntoTheCountryNeverLowersAValueShare() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              Bom before = randomBom(rnd, 1 + rnd.nextInt(30));
              Bom after = moveOneOperationHome(before, rnd);
              for (ScoringMethod m :
                  List.of(
                      ScoringMethod.BUILD_DOWN,
                      ScoringMethod.BUILD_UP,
                      ScoringMethod.COMPONENT_COST_SHARE)) {
                TestRules rules = TestRules.valueShare(m, "RUS").threshold(40).rollUp();
                assertThat(rules.score(after).score())
                    .as("seed %d method %s", seed, m)
                    .isGreaterThanOrEqualTo(rules.score(before).score());
              }
            });
  }
}
