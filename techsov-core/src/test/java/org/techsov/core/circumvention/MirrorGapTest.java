package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MirrorGapTest {
  @Test
  void theGapShareDividesImportsByTheCifFobFactor() {
    // 100 exported, 88 imported CIF = 80 FOB: 20 missing, 20%
    assertThat(MirrorGap.share(100, 88, 1.10)).isCloseTo(0.2, within(1e-12));
    assertThat(MirrorGap.share(0, 10, 1.10)).isNaN();
  }

  @Test
  void postSanctionGapsAreMeasuredAgainstThePreSanctionDistribution() {
    MonthSeries x = new MonthSeries(0, 4);
    MonthSeries m = new MonthSeries(0, 4);
    double[] xs = {100, 100, 100, 200, 200};
    double[] ms = {99, 104.5, 93.5, 110, 110};
    for (int i = 0; i < 5; i++) {
      x.add(i, xs[i]);
      m.add(i, ms[i]);
    }
    // pre shares: (100 - 90)/100, (100 - 95)/100, (100 - 85)/100 = 0.10, 0.05, 0.15: mean 0.10,
    // sd 0.05; post: (400 - 220 / 1.1) / 400 = 0.5, z = (0.5 - 0.1) / 0.05 = 8
    MirrorGap g = MirrorGap.compare(x, m, new int[] {0, 1, 2}, new int[] {3, 4}, 1.10);
    assertThat(g.preMonths()).isEqualTo(3);
    assertThat(g.preMean()).isCloseTo(0.10, within(1e-12));
    assertThat(g.preSd()).isCloseTo(0.05, within(1e-12));
    assertThat(g.postShare()).isCloseTo(0.5, within(1e-12));
    assertThat(g.z()).isCloseTo(8, within(1e-9));
    assertThat(g.isGhostTrade(3)).isTrue();
    // exports rose 100 a month; the gap rose from 10 to 100: 90% of the increase never arrived
    assertThat(g.ghostShareOfIncrease()).isCloseTo(0.9, within(1e-12));
    assertThat(g.exports().ratio()).isEqualTo(2.0);
  }
}
