package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoMovementTest {
  @Test
  void exportsFollowingImportsByTwoMonthsAreFoundAtLagTwo() {
    double[] imports = {1, 1, 1, 5, 9, 6, 7, 8, 9, 4, 3, 2};
    double[] exports = new double[12];
    for (int t = 2; t < 12; t++) {
      exports[t] = 3 * imports[t - 2] + 1;
    }
    CoMovement c = CoMovement.best(imports, exports, 3);
    assertThat(c.lag()).isEqualTo(2);
    assertThat(c.correlation()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void flatOrShortSeriesHaveNoCorrelation() {
    assertThat(CoMovement.best(new double[] {1, 1, 1, 1, 1, 1, 1}, new double[7], 0).correlation())
        .isNaN();
    assertThat(CoMovement.correlation(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 0)).isNaN();
  }
}
