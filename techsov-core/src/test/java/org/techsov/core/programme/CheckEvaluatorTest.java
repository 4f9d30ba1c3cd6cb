package org.techsov.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CheckEvaluatorTest {
  private static final Supplier<ForecastView> NONE = () -> ForecastView.refused("too few points");

  private static Check atLeast(double level, String by) {
    return new Check("p/s", Comparison.AT_LEAST, level, ReportedDate.parse(by));
  }

  @Test
  void readingOnOrBeforeTheDeadlineThatSatisfiesMeetsIt() {
    // more than 26 mn cards on 1 Dec 2017 against about 20 mn in 2017
    Verdict v =
        CheckEvaluator.evaluate(
            atLeast(20, "2017"),
            List.of(
                Fixtures.figure(1.76, "mn", "2016-12-28"), Fixtures.figure(26, "mn", "2017-12-01")),
            2026,
            NONE);
    assertThat(v.status()).isEqualTo(Status.MET);
    assertThat(v.reason()).isEqualTo("reached: 26 mn (2017-12-01), target >= 20 by 2017");
  }

  @Test
  void readingsAroundAPassedDeadlineAreInterpolated() {
    // 1.76 on 2016-12-28 and 8 on 2017-06-05 (midday to midday, 159 days apart): the end of 2016
    // is 3.5 days on, 1.76 + 6.24 * 3.5 / 159 = 1.897, far below 16
    Verdict v =
        CheckEvaluator.evaluate(
            atLeast(16, "2016"),
            List.of(
                Fixtures.figure(1.76, "mn", "2016-12-28"), Fixtures.figure(8, "mn", "2017-06-05")),
            2026,
            NONE);
    assertThat(v.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(v.reason())
        .startsWith(
            "missed: about 1.9 at the deadline on the line between 1.76 mn (2016-12-28) and 8 mn (2017-06-05)");
  }

  @Test
  void aLaterReadingThatStillFailsMeansMissed() {
    Verdict v =
        CheckEvaluator.evaluate(
            atLeast(40, "2020-07"), List.of(Fixtures.figure(32.5, "%", "2021-12-31")), 2026, NONE);
    assertThat(v.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(v.reason())
        .isEqualTo(
            "missed: 32.5% (2021-12-31), after the deadline 2020-07, target >= 40 by 2020-07");
  }

  @Test
  void aLaterReadingThatSucceedsCannotTellWhetherTheDeadlineWasKept() {
    Verdict v =
        CheckEvaluator.evaluate(
            atLeast(40, "2020"), List.of(Fixtures.figure(45, "%", "2021-06")), 2026, NONE);
    assertThat(v.status()).isEqualTo(Status.NOT_MEASURABLE);
  }

  @Test
  void futureDeadlineIsOnTrackWithEvenOddsOrBetterAndOffTrackBelow() {
    Supplier<ForecastView> likely = () -> new ForecastView(0.62, 2025.5, "Gompertz", null);
    Supplier<ForecastView> unlikely = () -> new ForecastView(0.2, Double.NaN, "Bass", null);
    List<Figure> readings = List.of(Fixtures.figure(50, "%", "2023-09-30"));
    assertThat(CheckEvaluator.evaluate(atLeast(70, "2026"), readings, 2024.5, likely).status())
        .isEqualTo(Status.ON_TRACK);
    Verdict off = CheckEvaluator.evaluate(atLeast(70, "2026"), readings, 2024.5, unlikely);
    assertThat(off.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(off.reason())
        .isEqualTo(
            "latest 50% (2023-09-30); the Bass forecast gives a 20% chance of >= 70 by 2026; the median path never reaches it");
  }

  @Test
  void withoutReadingsOrForecastNothingCanBeSaid() {
    assertThat(CheckEvaluator.evaluate(atLeast(70, "2023"), List.of(), 2026, NONE).reason())
        .isEqualTo("no reading of the metric by 2023");
    assertThat(CheckEvaluator.evaluate(atLeast(70, "2030"), List.of(), 2026, NONE).reason())
        .isEqualTo("no forecast: too few points");
  }

  @Test
  void readingsAfterTheEvaluationDateAreIgnored() {
    Verdict v =
        CheckEvaluator.evaluate(
            atLeast(20, "2017"), List.of(Fixtures.figure(26, "mn", "2017-12-01")), 2017.5, NONE);
    assertThat(v.status()).isEqualTo(Status.NOT_MEASURABLE);
  }
}
