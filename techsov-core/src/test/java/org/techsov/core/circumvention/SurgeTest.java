package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SurgeTest {
  @Test
  void surgeRatioIsPostOverBaseAndIncreaseTheirDifference() {
    Surge s = new Surge(100, 250);
    assertThat(s.ratio()).isCloseTo(2.5, within(1e-15));
    assertThat(s.increasePerMonth()).isEqualTo(150);
    assertThat(s.isSurge(2, 150)).isTrue();
    assertThat(s.isSurge(2, 151)).isFalse();
    assertThat(s.isSurge(2.6, 0)).isFalse();
  }

  @Test
  void aRouteWithoutBaselineTradeIsNewAndOneWithoutAnyTradeHasNoRatio() {
    assertThat(new Surge(0, 10).ratio()).isInfinite();
    assertThat(new Surge(0, 10).isSurge(2, 5)).isTrue();
    assertThat(new Surge(0, 0).ratio()).isNaN();
    assertThat(Surge.NONE.hasData()).isFalse();
  }

  @Test
  void aCollapseHasARatioBelowOneAndANegativeIncrease() {
    Surge s = new Surge(400, 100);
    assertThat(s.ratio()).isEqualTo(0.25);
    assertThat(s.increasePerMonth()).isEqualTo(-300);
  }
}
