package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchedDesignTest {
  private static final int FEB_2022 = Months.index(2022, 2);

  private static Set<Integer> covered(int from, int to) {
    Set<Integer> s = new HashSet<>();
    for (int m = from; m <= to; m++) {
      s.add(m);
    }
    return s;
  }

  /** x(m) = m's month number * 10 in 2021, * 100 in 2022, 1 in 2017-2020. */
  private static MonthSeries series() {
    MonthSeries s = new MonthSeries(Months.index(2017, 1), Months.index(2022, 12));
    for (int m = s.first(); m <= s.last(); m++) {
      int y = Months.year(m);
      s.add(m, y == 2021 ? 10 * Months.month(m) : y == 2022 ? 100 * Months.month(m) : 1);
    }
    return s;
  }

  @Test
  void aYearBaselineComparesTheSameCalendarMonths() {
    Baseline b = Baseline.parse("2021", FEB_2022);
    MatchedDesign d = MatchedDesign.of(b, FEB_2022, Months.index(2022, 4), m -> true);
    assertThat(d.postMonths()).containsExactly(Months.index(2022, 3), Months.index(2022, 4));
    assertThat(d.isSeasonallyMatched()).isTrue();
    // post: 300 + 400; baseline: March and April 2021 = 30 + 40
    assertThat(d.post(series(), d.allPosts())).isEqualTo(700);
    assertThat(d.base(series(), d.allPosts())).isEqualTo(70);
    assertThat(d.basePerMonth(series())).isEqualTo(35);
  }

  @Test
  void aSpanOfYearsAveragesTheSameMonthOfEachYear() {
    MatchedDesign d =
        MatchedDesign.of(
            Baseline.parse("2019-2021", FEB_2022), FEB_2022, Months.index(2022, 3), m -> true);
    // March of 2019, 2020, 2021: (1 + 1 + 30) / 3
    assertThat(d.base(series(), d.allPosts())).isCloseTo(32.0 / 3, within(1e-12));
    assertThat(d.baseWeights()).hasSize(3).containsValue(1.0 / 3);
  }

  @Test
  void aWindowBaselineComparesEachPostMonthWithTheWindowAverage() {
    MatchedDesign d =
        MatchedDesign.of(
            Baseline.parse("sep2021-feb2022", FEB_2022),
            FEB_2022,
            Months.index(2022, 4),
            m -> true);
    // Sep-Dec 2021: 90+100+110+120, Jan-Feb 2022: 100+200 -> mean 720/6 = 120, two post months
    assertThat(d.base(series(), d.allPosts())).isCloseTo(240, within(1e-12));
    assertThat(d.isSeasonallyMatched()).isFalse();
  }

  @Test
  void theMedianBaselineIsTheMedianOfTheMonthsBeforeTheSanction() {
    MatchedDesign d =
        MatchedDesign.of(
            Baseline.parse("pre-war-median", FEB_2022), FEB_2022, Months.index(2022, 3), m -> true);
    // Feb 2020 .. Jan 2022: eleven 1s (2020), twelve 2021 values 10..120, one 100 (Jan 2022)
    // sorted: 1 x11, 10, 20, ..., 100, 100, 110, 120 -> median of 24 = mean of 12th and 13th = 15
    assertThat(d.basePerMonth(series())).isEqualTo(15);
  }

  @Test
  void monthsWithoutDataAreLeftOutAndNamed() {
    Set<Integer> cov = covered(Months.index(2021, 1), Months.index(2022, 5));
    cov.remove(Months.index(2022, 4));
    cov.remove(Months.index(2021, 5));
    MatchedDesign d =
        MatchedDesign.of(
            Baseline.parse("2021", FEB_2022), FEB_2022, Months.index(2022, 6), cov::contains);
    assertThat(d.postMonths()).containsExactly(Months.index(2022, 3));
    assertThat(d.missing())
        .containsExactly(Months.index(2021, 5), Months.index(2022, 4), Months.index(2022, 6));
  }

  @Test
  void aBaselineAfterTheSanctionIsRefused() {
    assertThatThrownBy(
            () ->
                MatchedDesign.of(
                    Baseline.parse("2022", FEB_2022), FEB_2022, Months.index(2022, 6), m -> true))
        .hasMessageContaining("must end before the sanction month");
    assertThatThrownBy(() -> Baseline.parse("last-spring", FEB_2022))
        .hasMessageContaining("unknown baseline");
  }

  @Test
  void theDefaultBaselineIsTheYearBeforeTheSanction() {
    assertThat(Baseline.parse(null, FEB_2022)).isEqualTo(new Baseline.Years(2021, 2021));
    assertThat(Baseline.parse("2021-09:2022-02", FEB_2022))
        .isEqualTo(new Baseline.Window(Months.index(2021, 9), FEB_2022));
  }
}
