package org.techsov.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TechnologyGapTest {
  private static final Target NODE_2030 =
      new Target(
          "node-2030",
          "Government",
          "14 nm by 2030",
          Comparison.AT_MOST,
          Fixtures.figure(14, "nm", "2030"),
          "process-node");

  @Test
  void historicPaceIsTheSlopeOfLogNodeOnYear() {
    // frontier at 90 nm in 2004 and 5 nm in 2020 (mid-years): ln(90/5) / 16 = 0.180648 a year,
    // i.e. 0.180648 / ln(1/0.7) = 0.506479 generations a year
    TechnologyGap gap = TechnologyGap.processNode(Fixtures.microelectronics(List.of(NODE_2030)));
    assertThat(gap.pace().shrinkPerYear()).isCloseTo(0.1806482, within(1e-7));
    assertThat(gap.pace().generationsPerYear()).isCloseTo(0.5064786, within(1e-7));
    assertThat(gap.frontierYearAtDomesticNode()).isCloseTo(2004.5, within(1e-9));
  }

  @Test
  void ninetyNanometresIsAboutNineGenerationsAndSeventeenYearsBehindFourNanometres() {
    // ln(90/4) / ln(1/0.7) = 8.7293 generations; ln(90/4) / 0.180648 = 17.235 years
    NodeGap usa = TechnologyGap.processNode(Fixtures.microelectronics(List.of())).gaps().get(0);
    assertThat(usa.peer()).isEqualTo("USA");
    assertThat(usa.generationsBehind()).isCloseTo(8.7292796, within(1e-6));
    assertThat(usa.yearsBehindAtPace()).isCloseTo(17.2352379, within(1e-6));
  }

  @Test
  void ninetyToFourteenByTheEndOf2030NeedsTwiceTheHistoricPace() {
    // from January 2026 (2026.0425) to the end of 2030: 4.9575 years for ln(90/14)/ln(1/0.7) =
    // 5.2169
    // generations, 1.0523 a year, 2.0777 times 0.5065; at the historic pace the step takes 10.30
    // years
    NodeTrajectory t =
        TechnologyGap.processNode(Fixtures.microelectronics(List.of(NODE_2030)))
            .trajectories()
            .get(0);
    assertThat(t.generations()).isCloseTo(5.2169416, within(1e-6));
    assertThat(t.requiredGenerationsPerYear()).isCloseTo(1.0523259, within(1e-6));
    assertThat(t.paceRatio()).isCloseTo(2.0777301, within(1e-6));
    assertThat(t.yearsAtHistoricPace()).isCloseTo(10.3004181, within(1e-6));
  }

  @Test
  void investmentIsComparedPerYearInTheSameUnitOnly() {
    // USD 3.26 bn over 2026/2028 is 1.0867 a year; against USD 14 bn in 2024: 0.0776
    List<InvestmentGap> gaps =
        InvestmentGap.of(Fixtures.microelectronics(List.of()), InvestmentGap.PUBLIC_INVESTMENT);
    assertThat(gaps).hasSize(1);
    assertThat(gaps.get(0).domesticPerYear()).isCloseTo(3.26 / 3, within(1e-12));
    assertThat(gaps.get(0).ratio()).isCloseTo(0.0776190, within(1e-7));
  }
}
