package org.techsov.ingest.bom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.techsov.core.bom.Bom;
import org.techsov.core.embargo.BlockedNode;
import org.techsov.core.embargo.BomSupplyGraph;
import org.techsov.core.embargo.EmbargoAnalysis;
import org.techsov.core.embargo.EmbargoReport;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.embargo.ScenarioComparison;
import org.techsov.core.reference.CountryCode;

/** Every shipped example run through the "coalition plus Taiwan" cut, and a wider one. */
class ShippedExamplesEmbargoTest {
  private static final String[] EU27 = {
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
    "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"
  };
  private static final String[] OTHERS = {
    "USA", "CAN", "GBR", "JPN", "KOR", "TWN", "AUS", "CHE", "NOR"
  };
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
  private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

  private static Set<CountryCode> coalitionAndTaiwan() {
    Set<CountryCode> out = new TreeSet<>();
    for (String c : EU27) {
      out.add(CountryCode.of(c));
    }
    for (String c : OTHERS) {
      out.add(CountryCode.of(c));
    }
    return out;
  }

  private static EmbargoAnalysis analysis() {
    List<Bom> boms = new ArrayList<>();
    LocalisationSources.BUILT_IN_EXAMPLES.forEach(n -> boms.add(LocalisationSources.bom(n)));
    return new EmbargoAnalysis(BomSupplyGraph.of(boms, LocalisationSources.defaultCurrencies()));
  }

  private static List<String> labels(List<BlockedNode> nodes) {
    return nodes.stream().map(BlockedNode::label).sorted().toList();
  }

  @Test
  void coalitionCutStopsTheProductsWithoutQualifiedSubstitutes() {
    EmbargoScenario cut = new EmbargoScenario("coalition+TW", coalitionAndTaiwan(), Set.of(), null);
    EmbargoReport march = analysis().run(cut, MARCH);
    assertThat(labels(march.blockedProducts()))
        .containsExactly(
            "airliner-ms21-2018/NB-AIRLINER-2018",
            "car-ecu/ECU-1",
            "laptop/LAPTOP-14",
            "microcontroller/MCU-32");
    assertThat(labels(march.partsWithoutSubstitute()))
        .contains(
            "laptop/CPU",
            "microcontroller/DIE-32",
            "car-ecu/CONNECTOR",
            "airliner-ms21-2018/ENGINE")
        .doesNotContain("laptop/DRAM", "car-ecu/MCU", "laptop/MAINBOARD");
    assertThat(march.valueAtRisk()).isPositive().isLessThan(march.totalValue());
  }

  @Test
  void substitutesQualifiedLaterRescueTheirProductsFromThatDate() {
    EmbargoScenario cut = new EmbargoScenario("coalition+TW", coalitionAndTaiwan(), Set.of(), null);
    EmbargoReport september = analysis().run(cut, SEPTEMBER);
    assertThat(labels(september.blockedProducts()))
        .containsExactly("airliner-ms21-2018/NB-AIRLINER-2018", "laptop/LAPTOP-14");
  }

  @Test
  void addingChinaToTheCutBlocksTheRedesignedAirlinerUntilItsInteriorIsQualified() {
    Set<CountryCode> wider = new TreeSet<>(coalitionAndTaiwan());
    wider.add(CountryCode.of("CHN"));
    EmbargoScenario a = new EmbargoScenario("coalition+TW", coalitionAndTaiwan(), Set.of(), null);
    EmbargoScenario b = new EmbargoScenario("coalition+TW+CN", wider, Set.of(), null);
    ScenarioComparison c = analysis().compare(a, b, SEPTEMBER);
    assertThat(c.productsOnlyFirst()).isEmpty();
    assertThat(c.productsOnlySecond())
        .containsExactly(
            "airliner-ms21/NB-AIRLINER",
            "car-ecu/ECU-1",
            "laptop-rebadged/LAPTOP-RB",
            "microcontroller/MCU-32");
    assertThat(c.valueAtRiskDelta()).isPositive();
    assertThat(analysis().run(b, LocalDate.of(2027, 1, 1)).blockedProducts())
        .extracting(BlockedNode::label)
        .doesNotContain("airliner-ms21/NB-AIRLINER");
  }

  @Test
  void afterTheCutTheRedesignedAirlinersDomesticEnginesAreASinglePointOfFailure() {
    EmbargoScenario cut = new EmbargoScenario("coalition+TW", coalitionAndTaiwan(), Set.of(), null);
    List<String> points =
        analysis().singlePointsOfFailure(cut, SEPTEMBER).stream()
            .map(org.techsov.core.embargo.SinglePoint::label)
            .toList();
    // the interior's Chinese maker is its only source until the domestic one qualifies in 2027
    assertThat(points)
        .contains(
            "airliner-ms21/ENGINE <- Domestic engine maker (illustrative) (RUS)",
            "airliner-ms21/INTERIOR <- Interiors maker CN (illustrative) (CHN)")
        .noneMatch(l -> l.startsWith("laptop/"));
    List<String> later =
        analysis().singlePointsOfFailure(cut, LocalDate.of(2027, 2, 1)).stream()
            .map(org.techsov.core.embargo.SinglePoint::label)
            .toList();
    assertThat(later).noneMatch(l -> l.startsWith("airliner-ms21/INTERIOR"));
  }

  @Test
  void russiaAloneStopsEveryExampleAndChinaTheMostAfterIt() {
    var impacts = analysis().countriesAlone(MARCH);
    assertThat(impacts.get(0).country()).isEqualTo(CountryCode.of("RUS"));
    assertThat(impacts.get(0).blockedProducts())
        .isEqualTo(LocalisationSources.BUILT_IN_EXAMPLES.size());
  }
}
