package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermutationTestTest {
  @Test
  void oneListedProductIsTestedExactlyAgainstEveryRelabelling() {
    // mid-point growths: listed 200/200 = 1.0; controls 10/105 = 0.0952, -10/95 = -0.1053,
    // 300/250 = 1.2. Observed: 1.0 - mean(0.0952, -0.1053, 1.2) = 0.6034. Labelling the x4
    // control instead gives 1.2 - mean(1.0, 0.0952, -0.1053) = 0.870, the other two are negative:
    // two of four relabellings are at least the observed, p = 0.5
    List<PermutationUnit> units =
        List.of(
            new PermutationUnit(85, 100, 300, true),
            new PermutationUnit(85, 100, 110, false),
            new PermutationUnit(85, 100, 90, false),
            new PermutationUnit(85, 100, 400, false));
    assertThat(PermutationTest.pValue(units, 999, 1)).isEqualTo(0.5);
  }

  @Test
  void aListedProductAboveAllTwentyControlsHasPOneInTwentyOne() {
    List<PermutationUnit> units = new ArrayList<>();
    units.add(new PermutationUnit(85, 100, 1000, true));
    for (int i = 0; i < 20; i++) {
      units.add(new PermutationUnit(85, 100 + i, 95 + 2 * i, false));
    }
    assertThat(PermutationTest.pValue(units, 999, 1)).isCloseTo(1.0 / 21, within(1e-15));
  }

  @Test
  void severalListedProductsAreTestedByReproducibleRandomRelabellings() {
    List<PermutationUnit> units = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      units.add(new PermutationUnit(85, 100, 500 + i, true));
      units.add(new PermutationUnit(90, 100, 480 + i, true));
    }
    for (int i = 0; i < 40; i++) {
      units.add(new PermutationUnit(85, 100, 80 + i, false));
      units.add(new PermutationUnit(90, 50, 45 + i, false));
    }
    double p = PermutationTest.pValue(units, 999, 7);
    assertThat(p).isEqualTo(1.0 / 1000).isEqualTo(PermutationTest.pValue(units, 999, 7));
  }

  @Test
  void listedProductsLikeTheControlsStopEarlyWithALargePValue() {
    List<PermutationUnit> units = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      units.add(new PermutationUnit(84, 100, 90 + (i * 7) % 25, i % 10 == 0));
    }
    assertThat(PermutationTest.pValue(units, 999, 3)).isGreaterThan(0.2);
  }
}
