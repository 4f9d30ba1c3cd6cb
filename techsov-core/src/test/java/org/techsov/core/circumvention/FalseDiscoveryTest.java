package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FalseDiscoveryTest {
  @Test
  void qValuesFollowBenjaminiHochberg() {
    // sorted 0.01, 0.03, 0.04, 0.5 -> p m / rank = 0.04, 0.06, 0.0533, 0.5 -> running minimum
    // from the top: 0.5, 0.0533, 0.0533, 0.04
    double[] q = FalseDiscovery.qValues(new double[] {0.01, 0.04, 0.03, 0.5});
    assertThat(q[0]).isCloseTo(0.04, within(1e-15));
    assertThat(q[1]).isCloseTo(0.16 / 3, within(1e-15));
    assertThat(q[2]).isCloseTo(0.16 / 3, within(1e-15));
    assertThat(q[3]).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void undefinedPValuesCountAsOne() {
    double[] q = FalseDiscovery.qValues(new double[] {Double.NaN, 0.01});
    assertThat(q[0]).isEqualTo(1.0);
    assertThat(q[1]).isCloseTo(0.02, within(1e-15));
  }
}
