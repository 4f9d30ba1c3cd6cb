package org.techsov.ingest.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.techsov.core.localisation.ExplanationKind;
import org.techsov.core.localisation.LocalisationResult;
import org.techsov.core.localisation.LocalisationScorer;
import org.techsov.core.localisation.ScoringOptions;

/** Every shipped example scored under at least two shipped rule sets, with the figures fixed. */
class ShippedExamplesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final ScoringOptions OPTIONS =
      new ScoringOptions(LocalisationSources.defaultCurrencies(), true);

  static LocalisationResult score(String bom, String rules, LocalDate date) {
    return LocalisationScorer.score(
        LocalisationSources.bom(bom), LocalisationSources.ruleSet(rules), date, OPTIONS);
  }

  @Test
  void microcontrollerOnForeignWafersReachesLevelTwoButNotLevelOne() {
    LocalisationResult r = score("microcontroller", "ru-719-microchips", DAY);
    // design 15 + die packaging 20 + testing 15; wafer fabrication in Taiwan refused
    assertThat(r.score()).isEqualTo(50);
    assertThat(r.level()).isEqualTo("level 2");
    assertThat(r.passed()).isTrue();
    assertThat(r.illustrative()).isTrue();
    assertThat(r.explanation())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(ExplanationKind.POINTS_REFUSED);
              assertThat(e.subject()).isEqualTo("wafer_fabrication");
            });
  }

  @Test
  void microcontrollerValueAddedSitsExactlyOnTheThreshold() {
    // AV 240 RUB; VNM = die 110 + mould 0.2 x 10 + wire 8 = 120: (240 - 120) / 240 = 50 %
    LocalisationResult r = score("microcontroller", "eaeu-value-added", DAY);
    assertThat(r.score()).isCloseTo(50.0, within(1e-9));
    assertThat(r.passed()).isTrue();
  }

  @Test
  void laptopOnADomesticDesignProcessorReachesLevelOne() {
    LocalisationResult r = score("laptop", "ru-719-radio-electronics", DAY);
    // processor design 50 + surface mount 25 + software 15 + testing 10 + final assembly 5
    assertThat(r.score()).isEqualTo(105);
    assertThat(r.level()).isEqualTo("level 1");
    assertThat(r.stampOnTheBox()).isFalse();
    LocalisationResult value = score("laptop", "eaeu-value-added", DAY);
    assertThat(value.score()).isCloseTo(47.60, within(0.01));
    assertThat(value.passed()).isFalse();
  }

  @Test
  void rebadgedLaptopIsAStampOnTheBoxUnderEveryRussianRuleSet() {
    assertThat(score("laptop-rebadged", "ru-719-radio-electronics", DAY).score()).isEqualTo(5);
    assertThat(score("laptop-rebadged", "eaeu-value-added", DAY).score())
        .isCloseTo(14.29, within(0.01));
    for (String rules : new String[] {"ru-719-radio-electronics", "eaeu-value-added"}) {
      LocalisationResult r = score("laptop-rebadged", rules, DAY);
      assertThat(r.stampOnTheBox()).as(rules).isTrue();
      assertThat(r.passed()).as(rules).isFalse();
    }
  }

  @Test
  void engineControlUnitPassesBothVersionsOfItsPointsTable() {
    // surface mount 75 + design 40 + software 40 + testing 25 + assembly 20 + PCB 50 + housing 10
    LocalisationResult before = score("car-ecu", "ru-719-car-ecu", LocalDate.of(2024, 7, 31));
    LocalisationResult after = score("car-ecu", "ru-719-car-ecu", DAY);
    assertThat(before.score()).isEqualTo(260);
    assertThat(before.threshold()).hasValue(150);
    assertThat(after.versionFrom()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(after.threshold()).hasValue(200);
    assertThat(after.passed()).isTrue();
    LocalisationResult value = score("car-ecu", "eaeu-value-added", DAY);
    // VNM = MCU 3500 + drivers 3 x 500 + passives 800 + connector 900 = 6700 of 18000
    assertThat(value.score()).isCloseTo(100 * (18000 - 6700) / 18000.0, within(1e-9));
    LocalisationResult netCost = score("car-ecu", "usmca-rvc-net-cost", DAY);
    // the board is made outside USMCA, so it is non-originating whole: VNM = 11000 + 1200
    assertThat(netCost.score()).isCloseTo(100 * (16200 - 12200) / 16200.0, within(1e-9));
    assertThat(netCost.passed()).isFalse();
  }

  @Test
  void airlinerRedesignTurnsAForeignProductIntoADomesticOne() {
    LocalisationResult original = score("airliner-ms21-2018", "eaeu-value-added", DAY);
    LocalisationResult redesign = score("airliner-ms21", "eaeu-value-added", DAY);
    assertThat(original.score()).isCloseTo(40.25, within(1e-9));
    assertThat(original.passed()).isFalse();
    assertThat(redesign.score()).isCloseTo(96.25, within(1e-9));
    assertThat(redesign.passed()).isTrue();
    LocalisationResult usmca = score("airliner-ms21-2018", "usmca-rvc", DAY);
    assertThat(usmca.score()).isCloseTo(67.0, within(1e-9));
    assertThat(usmca.passed()).isFalse();
    LocalisationResult usmcaRedesign = score("airliner-ms21", "usmca-rvc", DAY);
    assertThat(usmcaRedesign.score()).isCloseTo(17.75, within(1e-9));
    assertThat(usmcaRedesign.passed()).isFalse();
  }
}
