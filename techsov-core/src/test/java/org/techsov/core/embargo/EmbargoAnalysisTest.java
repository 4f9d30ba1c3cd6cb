package org.techsov.core.embargo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.bom.TestBom;
import org.techsov.core.reference.CountryCode;

class EmbargoAnalysisTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final CurrencyTable USD = CurrencyTable.single("USD");

  private static EmbargoScenario cut(String... countries) {
    Set<CountryCode> set = new java.util.HashSet<>();
    for (String c : countries) {
      set.add(CountryCode.of(c));
    }
    return new EmbargoScenario(String.join("+", countries), set, Set.of(), null);
  }

  /** A controller whose die comes from Taiwan with a qualified Chinese second source. */
  private static Bom controller(boolean qualified) {
    return TestBom.product("CTRL", "RUS", 100)
        .part("CTRL", "MCU", 1, "RUS", 20)
        .part("MCU", "DIE", 1, "TWN", 5)
        .part("CTRL", "CAP", 10, "JPN", 0.1)
        .substitute("DIE", "DIE-CN", "CHN", qualified)
        .substitute("CAP", "CAP-KR", "KOR", true)
        .op("MCU", "die_packaging", "RUS")
        .build();
  }

  private static EmbargoAnalysis analysis(Bom... boms) {
    return new EmbargoAnalysis(BomSupplyGraph.of(List.of(boms), USD));
  }

  @Test
  void qualifiedSubstituteOutsideTheCutKeepsTheProduct() {
    EmbargoReport r = analysis(controller(true)).run(cut("TWN", "JPN"), DAY);
    assertThat(r.blockedProducts()).isEmpty();
    assertThat(r.valueAtRisk()).isZero();
  }

  @Test
  void unqualifiedSubstituteDoesNotRescueThePart() {
    EmbargoAnalysis a = analysis(controller(false));
    EmbargoReport r = a.run(cut("TWN"), DAY);
    assertThat(r.blockedProducts()).extracting(BlockedNode::label).containsExactly("CTRL/CTRL");
    assertThat(r.valueAtRisk()).isEqualTo(100);
    assertThat(r.partsWithoutSubstitute())
        .extracting(BlockedNode::label)
        .containsExactly("CTRL/DIE");
    assertThat(r.partsWithoutSubstitute().get(0).causes())
        .extracting(a.graph()::describe)
        .containsExactly("CTRL/DIE <- unnamed supplier (TWN): TWN cut");
    assertThat(r.blockedProducts().get(0).causes())
        .extracting(a.graph()::describe)
        .containsExactly("CTRL/CTRL <- unnamed supplier (RUS): needs CTRL/MCU");
  }

  @Test
  void cuttingTheSubstitutesCountryTooBlocksTheProduct() {
    EmbargoReport r = analysis(controller(true)).run(cut("TWN", "CHN"), DAY);
    assertThat(r.blockedProducts()).hasSize(1);
  }

  @Test
  void operationInACutCountryBlocksThePartItIsDoneOn() {
    Bom chip = TestBom.product("CHIP", "RUS", 10).op("CHIP", "wafer_fabrication", "TWN").build();
    EmbargoReport r = analysis(chip).run(cut("TWN"), DAY);
    assertThat(r.blockedProducts()).hasSize(1);
    assertThat(r.partsWithoutSubstitute())
        .extracting(BlockedNode::label)
        .containsExactly("CHIP/CHIP");
  }

  @Test
  void cutStartingLaterBlocksNothingBefore() {
    EmbargoScenario later =
        new EmbargoScenario("later", Set.of(CountryCode.of("TWN")), Set.of(), DAY.plusDays(1));
    EmbargoAnalysis a = analysis(controller(false));
    assertThat(a.run(later, DAY).blockedProducts()).isEmpty();
    assertThat(a.run(later, DAY.plusDays(1)).blockedProducts()).hasSize(1);
  }

  @Test
  void supplierCutBlocksItsSourcesWherever() {
    Bom b =
        org.techsov.core.bom.Bom.of(
            org.techsov.core.bom.BomHeader.of("B", "P", "USD"),
            List.of(
                new org.techsov.core.bom.BomItem(
                    "P", "", null, "Acme", CountryCode.of("DEU"), 5, "USD", null, null, null)),
            List.of());
    EmbargoScenario s = new EmbargoScenario("acme", Set.of(), Set.of("Acme"), null);
    assertThat(analysis(b).run(s, DAY).blockedProducts()).hasSize(1);
  }

  @Test
  void comparisonListsWhatOnlyOneScenarioBlocks() {
    EmbargoAnalysis a = analysis(controller(true), controller2());
    ScenarioComparison c = a.compare(cut("TWN"), cut("TWN", "CHN"), DAY);
    assertThat(c.productsOnlyFirst()).isEmpty();
    assertThat(c.productsOnlySecond()).containsExactly("CTRL/CTRL");
    assertThat(c.productsInBoth()).containsExactly("PLAIN/PLAIN");
    assertThat(c.valueAtRiskDelta()).isEqualTo(100);
  }

  private static Bom controller2() {
    return TestBom.product("PLAIN", "RUS", 50).part("PLAIN", "X", 1, "TWN", 1).build();
  }

  @Test
  void singleSourcedPartsAreSinglePointsOfFailure() {
    List<SinglePoint> points = analysis(controller(true)).singlePointsOfFailure(cut(), DAY);
    assertThat(points)
        .extracting(SinglePoint::label)
        .contains("CTRL/MCU <- unnamed supplier (RUS)", "CTRL/MCU: die_packaging")
        .noneMatch(l -> l.startsWith("CTRL/DIE"))
        .noneMatch(l -> l.startsWith("CTRL/CAP"));
  }

  @Test
  void afterACutTheRemainingSubstituteBecomesASinglePoint() {
    List<SinglePoint> points = analysis(controller(true)).singlePointsOfFailure(cut("TWN"), DAY);
    assertThat(points)
        .extracting(SinglePoint::label)
        .contains("CTRL/DIE alt DIE-CN <- DIE-CN maker (CHN)");
  }

  @Test
  void countriesAloneRanksTheCountriesThatStopSomething() {
    List<CountryImpact> impacts = analysis(controller(false), controller2()).countriesAlone(DAY);
    // Russia makes both products, Taiwan the die and the plain product's only part: ties sort by
    // code
    assertThat(impacts).extracting(i -> i.country().alpha3()).containsExactly("RUS", "TWN");
    assertThat(impacts).extracting(CountryImpact::valueAtRisk).containsExactly(150.0, 150.0);
  }
}
