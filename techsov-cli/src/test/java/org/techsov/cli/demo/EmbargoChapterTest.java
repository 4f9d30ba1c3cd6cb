package org.techsov.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbargoChapterTest {
  private final String text = LocalisationChapterTest.print(new EmbargoChapter());

  @Test
  void theCoalitionPlusTaiwanStopsFourExamplesWorthMostOfTheValue() {
    // per year: chip 3 USD x 2 M, laptop 1200 x 50 k, ECU 225 x 300 k, 2018 airliner 50 M x 12
    assertThat(text)
        .contains(
            "COALITION+TW: 4 of 6 end products blocked as of 2026-03-01; value at risk 733.5 M"
                + " USD a year of 1.40 bn (52.3%)")
        .containsPattern("microcontroller/MCU-32 +6.0 M +microcontroller/DIE-32")
        .containsPattern("laptop/LAPTOP-14 +60.0 M +laptop/MAINBOARD")
        .containsPattern("car-ecu/ECU-1 +67.5 M +car-ecu/PCBA")
        .containsPattern("airliner-ms21-2018/NB-AIRLINER-2018 +600.0 M");
  }

  @Test
  void thePartsWithNoSubstituteAreListedByBill() {
    assertThat(text)
        .contains("microcontroller: DIE-32")
        .contains("laptop: CPU")
        .contains("car-ecu: CONNECTOR")
        .contains("airliner-ms21-2018: CARBON-FIBRE, ENGINE, AVIONICS");
  }

  @Test
  void addingChinaStopsTheRedesignedAirlinerAndTheRebadgedLaptop() {
    // 600 M for the redesigned airliner (Chinese interior) + 70 M for the rebadged laptop
    assertThat(text)
        .contains(
            "If China cuts too (COALITION+TW+CN): 6 of 6 blocked, value at risk +670.0 M USD a"
                + " year; newly blocked: airliner-ms21/NB-AIRLINER, laptop-rebadged/LAPTOP-RB")
        .contains(
            "reproduce: techsov embargo --examples --cut COALITION,TW --as-of 2026-03-01 --vs"
                + " +CN");
  }
}
