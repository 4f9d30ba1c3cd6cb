package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/** The cases where the references return NaN, and what techsov returns instead. */
class EdgeCaseTest {
  @Test
  void yearWithOneCountryHasDensityButNoEci() {
    ExportMatrix one = new ExportMatrix(2020, List.of("A"), List.of("p", "q"), new double[] {5, 3});
    ComplexityResult r = EconomicComplexity.compute(one, ComplexityOptions.defaults());
    assertThat(r.mcp(0, 0)).isTrue();
    assertThat(r.eci(0)).isNaN();
    assertThat(r.pci(1)).isNaN();
    assertThat(r.coi(0)).isNaN();
    assertThat(r.density(0, 1)).isEqualTo(1.0);
    assertThat(r.fitness(0)).isEqualTo(1.0);
    assertThat(r.warnings()).singleElement().asString().contains("fewer than two countries");
  }

  @Test
  void zeroUbiquityProductIsUnrankedWithoutSpoilingTheRestOfTheYear() {
    ExportMatrix x = withProportionalProduct(RandomExports.generate(7L, 12, 30));
    ComplexityResult r =
        EconomicComplexity.compute(x, ComplexityOptions.defaults().withThresholds(2.5, 1.0));
    assertThat(r.unrankedProducts()).contains("Z");
    int p = r.productIndex("Z");
    assertThat(r.pci(p)).isNaN();
    for (int c = 0; c < r.countries().size(); c++) {
      assertThat(r.density(c, p)).isZero();
      assertThat(r.cog(c, p)).isZero();
      assertThat(r.coi(c)).isFinite();
      if (r.diversity(c) > 0) {
        assertThat(r.eci(c)).isFinite();
      } else {
        assertThat(r.unrankedCountries()).contains(r.countries().get(c));
        assertThat(r.eci(c)).isNaN();
      }
    }
  }

  // appends a product every country exports in proportion to its total: RCA about 1 everywhere
  private static ExportMatrix withProportionalProduct(ExportMatrix x) {
    int nc = x.countryCount();
    int np = x.productCount();
    double[] v = new double[nc * (np + 1)];
    for (int c = 0; c < nc; c++) {
      double total = 0;
      for (int p = 0; p < np; p++) {
        v[c * (np + 1) + p] = x.value(c, p);
        total += x.value(c, p);
      }
      v[c * (np + 1) + np] = total;
    }
    List<String> products = new java.util.ArrayList<>(x.products());
    products.add("Z");
    return new ExportMatrix(x.year(), x.countries(), products, v);
  }

  @Test
  void productWhoseExportersExportNothingElseHasDensityZero() {
    // A exports only p; B and C share q and r: the network is disconnected and p is isolated
    ExportMatrix x =
        new ExportMatrix(
            2020,
            List.of("A", "B", "C"),
            List.of("p", "q", "r"),
            new double[] {1, 0, 0, 0, 1, 1, 0, 1, 1});
    ComplexityResult r =
        EconomicComplexity.compute(
            x, ComplexityOptions.defaults().withPresenceTest(PresenceTest.GIVEN));
    assertThat(r.proximity().rowSums()[0]).isZero();
    assertThat(r.density(1, 0)).isZero();
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("disconnected"));
  }

  @Test
  void invalidInputsAreRefusedWithInvalidArgument() {
    assertThatThrownBy(() -> ExportMatrix.builder(2020).add("A", "p", 1).add("A", "p", 2))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("duplicate");
    assertThatThrownBy(() -> ExportMatrix.builder(2020).add("A", "p", -1))
        .isInstanceOf(TechsovException.class);
    assertThatThrownBy(
            () -> new ExportMatrix(2020, List.of("A"), List.of("p"), new double[] {Double.NaN}))
        .isInstanceOf(TechsovException.class);
    assertThatThrownBy(() -> ComplexityOptions.defaults().withFitness(1, 1.0))
        .isInstanceOf(TechsovException.class);
    assertThatThrownBy(
            () ->
                EconomicComplexity.compute(
                    RandomExports.generate(1L, 3, 3),
                    ComplexityOptions.defaults().withPresenceTest(PresenceTest.RPOP)))
        .isInstanceOfSatisfying(
            TechsovException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
  }

  @Test
  void builderSortsLabelsSoCellOrderDoesNotMatter() {
    ExportMatrix a = ExportMatrix.builder(2020).add("B", "q", 1).add("A", "p", 2).build();
    ExportMatrix b = ExportMatrix.builder(2020).add("A", "p", 2).add("B", "q", 1).build();
    assertThat(a.countries()).containsExactly("A", "B");
    assertThat(a.products()).containsExactly("p", "q");
    assertThat(a.values()).containsExactly(b.values());
  }
}
