package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonthBootstrapTest {
  private static final int FEB22 = Months.index(2022, 2);

  private static MonthSeries series(double... byMonth2021Then2022) {
    MonthSeries s = new MonthSeries(Months.index(2021, 1), Months.index(2022, 12));
    for (int i = 0; i < byMonth2021Then2022.length; i++) {
      s.add(Months.index(2021, 1) + i, byMonth2021Then2022[i]);
    }
    return s;
  }

  @Test
  void identicalPostMonthsGiveADegenerateIntervalAtTheEstimate() {
    MatchedDesign d =
        MatchedDesign.of(new Baseline.Years(2021, 2021), FEB22, Months.index(2022, 6), m -> true);
    double[] treated = new double[24];
    double[] control = new double[24];
    for (int m = 0; m < 12; m++) {
      treated[m] = 10;
      control[m] = 100;
      treated[12 + m] = 30; // x3
      control[12 + m] = 110; // x1.1
    }
    MonthBootstrap b =
        MonthBootstrap.run(
            d, List.of(new MonthBootstrap.Chapter(series(treated), series(control))), 99, 1);
    assertThat(b.did().low()).isCloseTo(Math.log(3 / 1.1), within(1e-9));
    assertThat(b.did().high()).isCloseTo(Math.log(3 / 1.1), within(1e-9));
    assertThat(b.ratio().low()).isCloseTo(3, within(1e-12));
    // no draw has a ratio of at most one: p = 1 / (1 + 99)
    assertThat(b.ratioPValue()).isCloseTo(0.01, within(1e-12));
  }

  @Test
  void aFlatSeriesIsNotASurge() {
    MatchedDesign d =
        MatchedDesign.of(new Baseline.Years(2021, 2021), FEB22, Months.index(2022, 12), m -> true);
    double[] flat = new double[24];
    for (int m = 0; m < 24; m++) {
      flat[m] = 50 + (m % 3); // the same pattern each year
    }
    MonthBootstrap b =
        MonthBootstrap.run(
            d, List.of(new MonthBootstrap.Chapter(series(flat), series(flat))), 199, 3);
    assertThat(b.ratio().low()).isLessThanOrEqualTo(1.0);
    assertThat(b.ratioPValue()).isEqualTo(1.0);
  }
}
