package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouteSeriesTest {
  private static final int FEB_2022 = Months.index(2022, 2);
  private static final int FIRST = Months.index(2020, 1);
  private static final int LAST = Months.index(2022, 6);

  /** 10 a month in 2021, 40 a month from March 2022, 1 otherwise. */
  private static MonthSeries leg() {
    MonthSeries s = new MonthSeries(FIRST, LAST);
    for (int m = FIRST; m <= LAST; m++) {
      s.add(m, Months.year(m) == 2021 ? 10 : m > FEB_2022 ? 40 : 1);
    }
    return s;
  }

  private static RouteSeries series(MonthSeries hubToTarget, boolean mirrored) {
    MatchedDesign d =
        MatchedDesign.of(Baseline.parse(Baseline.DEFAULT, FEB_2022), FEB_2022, LAST, m -> true);
    return new RouteSeries(
        "COALITION",
        "TUR",
        "RUS",
        "tier 2",
        FEB_2022,
        d,
        leg(),
        hubToTarget,
        new MonthSeries(FIRST, LAST),
        mirrored);
  }

  @Test
  void eachMonthIsNamedByItsPartInTheComparison() {
    RouteSeries s = series(leg(), false);
    assertThat(s.phase(Months.index(2020, 3))).isEmpty();
    assertThat(s.phase(Months.index(2021, 3))).isEqualTo("baseline");
    assertThat(s.phase(Months.index(2021, 7))).isEmpty();
    assertThat(s.phase(FEB_2022)).isEqualTo("sanction");
    assertThat(s.phase(Months.index(2022, 5))).isEqualTo("after");
    assertThat(s.label()).isEqualTo("COALITION>TUR>RUS");
  }

  @Test
  void aLegsLevelsBeforeAndAfterAreThoseOfTheRouteAnalysis() {
    RouteSeries s = series(leg(), false);
    Surge surge = s.surge(s.blocToHub());
    assertThat(surge.basePerMonth()).isEqualTo(10);
    assertThat(surge.postPerMonth()).isEqualTo(40);
    assertThat(surge.ratio()).isEqualTo(4);
  }

  @Test
  void theSourceOfTheHubsExportsIsSaid() {
    assertThat(series(leg(), false).hubToTargetSource()).contains("as TUR reports its exports");
    assertThat(series(leg(), true).hubToTargetSource())
        .contains("RUS's reported imports from TUR divided by the CIF/FOB factor");
    assertThat(series(new MonthSeries(FIRST, LAST), true).hubToTargetSource())
        .contains("neither TUR nor RUS reports this trade");
  }

  @Test
  void legsOverDifferentMonthsAreRefused() {
    assertThatThrownBy(() -> series(new MonthSeries(FIRST, LAST - 1), false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
