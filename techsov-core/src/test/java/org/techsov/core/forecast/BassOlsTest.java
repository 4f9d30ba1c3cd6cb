package org.techsov.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BassOlsTest {
  @Test
  void recoversParametersOfADiscreteBassSeriesExactly() {
    // N_t = N_{t-1} + p (m - N_{t-1}) + q N_{t-1} (m - N_{t-1}) / m with m = 100, p = 0.03,
    // q = 0.38 is exactly quadratic in N_{t-1}: a = p m = 3, b = q - p = 0.35, c = -q/m = -0.0038.
    // Then b^2 - 4ac = 0.1225 + 0.0456 = 0.1681, sqrt = 0.41, m = (-0.35 - 0.41) / -0.0076 = 100.
    double m = 100;
    double p = 0.03;
    double q = 0.38;
    double[] t = new double[12];
    double[] n = new double[12];
    for (int i = 1; i < 12; i++) {
      t[i] = i;
      n[i] = n[i - 1] + p * (m - n[i - 1]) + q * n[i - 1] * (m - n[i - 1]) / m;
    }
    BassOlsEstimate e = BassOls.estimate(t, n).orElseThrow();
    assertThat(e.a()).isCloseTo(3, within(1e-9));
    assertThat(e.b()).isCloseTo(0.35, within(1e-9));
    assertThat(e.c()).isCloseTo(-0.0038, within(1e-11));
    assertThat(e.m()).isCloseTo(100, within(1e-6));
    assertThat(e.p()).isCloseTo(0.03, within(1e-9));
    assertThat(e.q()).isCloseTo(0.38, within(1e-9));
  }

  @Test
  void unequalSpacingUsesAdoptionPerYear() {
    // the same series observed every two periods with times doubled: adoption per unit time halves
    double[] t = new double[8];
    double[] n = new double[8];
    double prev = 0;
    for (int i = 1; i < 8; i++) {
      t[i] = 2 * i;
      n[i] = prev + 2 * (1 + 0.5 * prev - 0.005 * prev * prev);
      prev = n[i];
    }
    // n/dt = 1 + 0.5 N - 0.005 N^2: m = (-0.5 - sqrt(0.25 + 0.02)) / -0.01
    BassOlsEstimate e = BassOls.estimate(t, n).orElseThrow();
    assertThat(e.m()).isCloseTo((0.5 + Math.sqrt(0.27)) / 0.01, within(1e-6));
  }

  @Test
  void refusesSeriesThatAreNotDiffusions() {
    // too few points
    assertThat(BassOls.estimate(new double[] {0, 1, 2}, new double[] {0, 1, 2})).isEmpty();
    // accelerating growth: c > 0, no finite market
    assertThat(BassOls.estimate(new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 3, 7, 15}))
        .isEmpty();
  }
}
