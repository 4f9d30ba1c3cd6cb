package org.techsov.core.circumvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.techsov.core.reference.CountryCode;

class RouteAnalysisTest {
  private static final CountryCode ARM = new CountryCode("ARM");
  private static final CountryCode RUS = new CountryCode("RUS");
  private static final int FEB22 = Months.index(2022, 2);
  private static final int MAR21 = Months.index(2021, 3);
  private static final int APR21 = Months.index(2021, 4);
  private static final int MAR22 = Months.index(2022, 3);
  private static final int APR22 = Months.index(2022, 4);

  private static final GoodsSelection CHIPS =
      new GoodsSelection("chips", new ProductSet(Map.of("854231", "1")), ProductSet.EMPTY);

  private static CircumventionQuery query() {
    RouteOptions d = RouteOptions.defaults();
    return new CircumventionQuery(
        RUS,
        "EU27",
        LocalDate.of(2022, 3, 1),
        FEB22,
        OptionalInt.of(APR22),
        new Baseline.Years(2021, 2021),
        List.of("chips"),
        List.of(),
        RouteLevel.HS6,
        List.of(),
        new RouteOptions(2, 30, 0.05, 999, 199, 3, 1.1, 1));
  }

  private static SeriesPair series(MatchedDesign d, double... marAprMarApr) {
    SeriesPair s = SeriesPair.over(d.firstMonth(), d.lastMonth());
    int[] months = {MAR21, APR21, MAR22, APR22};
    for (int i = 0; i < 4; i++) {
      s.value().add(months[i], marAprMarApr[i]);
      s.kilograms().add(months[i], 1);
    }
    return s;
  }

  /**
   * Chips from the EU to Armenia went from 10 to 50 a month (x5) while 20 other goods of chapter 85
   * grew 10%; Armenia's chip exports to Russia from 1 to 25 a month; the EU's own from 100 to 10.
   */
  private static RoutePanel panel() {
    MatchedDesign d = MatchedDesign.of(new Baseline.Years(2021, 2021), FEB22, APR22, m -> true);
    List<ProductTotals> totals = new ArrayList<>();
    totals.add(new ProductTotals(ARM, 854231, 20, 100));
    MonthSeries controls = new MonthSeries(d.firstMonth(), d.lastMonth());
    for (int i = 0; i < 20; i++) {
      totals.add(new ProductTotals(ARM, 850100 + i, 200, 220));
    }
    controls.add(MAR21, 2000);
    controls.add(APR21, 2000);
    controls.add(MAR22, 2200);
    controls.add(APR22, 2200);
    Map<CountryCode, Map<Integer, SeriesPair>> leg1 = new HashMap<>();
    leg1.put(ARM, Map.of(854231, series(d, 10, 10, 50, 50)));
    Map<CountryCode, Map<Integer, SeriesPair>> leg2 = new HashMap<>();
    leg2.put(ARM, Map.of(854231, series(d, 1, 1, 20, 30)));
    return new RoutePanel(
        d,
        totals,
        leg1,
        Map.of(ARM, Map.of(85, controls)),
        leg2,
        Map.of(854231, series(d, 100, 100, 10, 10)),
        List.of());
  }

  @Test
  void aListedGoodSurgingAboveItsChapterIsASignificantRouteWithItsEvidence() {
    CircumventionResult r = RouteAnalysis.run(query(), CHIPS, panel());
    assertThat(r.routes()).hasSize(1);
    Route route = r.routes().get(0);
    assertThat(route.group()).isEqualTo("854231");
    assertThat(route.blocToHub().ratio()).isCloseTo(5, within(1e-12));
    assertThat(route.blocToHub().increasePerMonth()).isCloseTo(40, within(1e-12));
    // beta = ln 5 - ln 1.1
    assertThat(route.effect().did()).isCloseTo(Math.log(5 / 1.1), within(1e-12));
    // exact permutation: the chip is above all 20 controls
    assertThat(route.effect().pValue()).isCloseTo(1.0 / 21, within(1e-15));
    assertThat(route.effect().test()).isEqualTo("permutation");
    assertThat(route.effect().qValue()).isCloseTo(1.0 / 21, within(1e-15));
    // both post months are alike, so every bootstrap draw gives the same figures
    assertThat(route.effect().didInterval().low()).isCloseTo(Math.log(5 / 1.1), within(1e-9));
    assertThat(route.effect().ratioInterval().high()).isCloseTo(5, within(1e-9));
    assertThat(route.hubToTarget().ratio()).isCloseTo(25, within(1e-12));
    assertThat(route.blocToTarget().ratio()).isCloseTo(0.1, within(1e-12));
    assertThat(route.signature().lag()).isZero();
    assertThat(route.signature().correlation()).isGreaterThan(0.95);
    assertThat(route.hasReexportSignature()).isTrue();
    assertThat(route.unitValues().blocToHubBase()).isCloseTo(10, within(1e-12));
    assertThat(route.unitValues().blocToHubPost()).isCloseTo(50, within(1e-12));
    assertThat(route.flagged()).isTrue();
    assertThat(route.significant()).isTrue();
    assertThat(route.evidence()).contains("EU27->ARM x5.00").contains("p=0.048");
  }

  @Test
  void aSurgeBelowTheIncreaseFloorIsNotFlagged() {
    CircumventionQuery q = query();
    CircumventionQuery strict =
        new CircumventionQuery(
            q.target(),
            q.bloc(),
            q.blocDate(),
            q.sanctionMonth(),
            q.untilMonth(),
            q.baseline(),
            q.goods(),
            q.notControls(),
            q.level(),
            q.hubs(),
            new RouteOptions(2, 41, 0.05, 999, 199, 3, 1.1, 1));
    Route route = RouteAnalysis.run(strict, CHIPS, panel()).routes().get(0);
    assertThat(route.flagged()).isFalse();
    assertThat(route.significant()).isFalse();
  }

  @Test
  void theSankeyLinksOriginHubAndTargetWithPostValues() {
    CircumventionResult r = RouteAnalysis.run(query(), CHIPS, panel());
    Sankey s = Sankey.of(r, r.significant());
    assertThat(s.nodes()).extracting(Sankey.Node::id).containsExactly("EU27", "ARM", "RUS");
    // two post months: EU27 -> ARM 100, ARM -> RUS 50, EU27 -> RUS 20
    assertThat(s.links())
        .extracting(l -> l.source() + ">" + l.target() + "=" + Math.round(l.valueUsd()))
        .containsExactly("EU27>ARM=100", "ARM>RUS=50", "EU27>RUS=20");
    assertThat(s.months()).isEqualTo("2022-03..2022-04");
  }
}
