package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermutationTestTest {
  @Test
  void oneListedProductIsTestedExactlyAgainstEveryRelabelling() {
    // listed x3; controls x1.1, x0.9, x4. Relabelled estimates: listed 0.405 (observed),
    // 1.1 -> ln(1.1 / 2.633) = -0.873, 0.9 -> ln(0.9 / 2.7) = -1.099, 4 -> ln(4 / 1.667) = 0.875:
    // two of four are at least the observed 0.405, p = 0.5
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
