package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductSpaceTest {
  // A exports p, q; B exports q, r; C exports p, q, r (given presence).
  // u = (2, 3, 2); co-exporters pq = 2, pr = 1, qr = 2.
  private static final ExportMatrix GIVEN =
      new ExportMatrix(
          2020,
          List.of("A", "B", "C"),
          List.of("p", "q", "r"),
          new double[] {1, 1, 0, 0, 1, 1, 1, 1, 1});

  private static ComplexityResult compute(Convention convention, ProximityKind kind) {
    return EconomicComplexity.compute(
        GIVEN,
        ComplexityOptions.of(convention).withPresenceTest(PresenceTest.GIVEN).withProximity(kind));
  }

  @Test
  void symmetricProximityIsTheSmallerConditionalProbability() {
    ProductProximity phi = compute(Convention.PY_ECOMPLEXITY, ProximityKind.SYMMETRIC).proximity();
    assertThat(phi.value(0, 1)).isEqualTo(2.0 / 3); // 2 / max(2, 3)
    assertThat(phi.value(1, 0)).isEqualTo(2.0 / 3);
    assertThat(phi.value(0, 2)).isEqualTo(0.5); // 1 / max(2, 2)
    assertThat(phi.value(1, 2)).isEqualTo(2.0 / 3);
    assertThat(phi.value(1, 1)).isZero();
    assertThat(phi.rowSums())
        .containsExactly(new double[] {7.0 / 6, 4.0 / 3, 7.0 / 6}, within(1e-15));
  }

  @Test
  void asymmetricProximityIsTheShareOfTheRowProductsExportersThatAlsoExportTheColumnProduct() {
    ProductProximity phi = compute(Convention.PY_ECOMPLEXITY, ProximityKind.ASYMMETRIC).proximity();
    assertThat(phi.value(0, 1)).isEqualTo(1.0); // both exporters of p export q: 2 / 2
    assertThat(phi.value(1, 0)).isEqualTo(2.0 / 3); // 2 of the 3 exporters of q export p
  }

  @Test
  void densityIsTheProximityWeightedShareOfNeighboursExported() {
    ComplexityResult r = compute(Convention.PY_ECOMPLEXITY, ProximityKind.SYMMETRIC);
    // B and p: B exports both neighbours of p, q and r
    assertThat(r.density(1, 0)).isCloseTo((2.0 / 3 + 0.5) / (7.0 / 6), within(1e-15));
    assertThat(r.density(0, 2)).isCloseTo(1.0, within(1e-15)); // A exports p and q
    assertThat(r.distance(0, 2)).isCloseTo(0.0, within(1e-15));
    assertThat(r.density(1, 1)).isCloseTo((2.0 / 3) / (4.0 / 3), within(1e-15));
  }

  @Test
  void diagonalOneCountsTheProductItself() {
    ComplexityResult r = compute(Convention.R_ECONOMICCOMPLEXITY, ProximityKind.SYMMETRIC);
    // B and q with phi_qq = 1: (1 + 2/3) / (1 + 4/3)
    assertThat(r.density(1, 1)).isCloseTo((1 + 2.0 / 3) / (1 + 4.0 / 3), within(1e-15));
    assertThat(r.proximity().value(2, 2)).isEqualTo(1.0);
  }

  @Test
  void outlookGainIsZeroWhereTheCountryAlreadyExports() {
    ComplexityResult r = compute(Convention.PY_ECOMPLEXITY, ProximityKind.SYMMETRIC);
    assertThat(r.cog(0, 0)).isZero();
    assertThat(r.cog(2, 1)).isZero();
    // each country misses one product, which with diagonal 0 has no missing neighbour to gain
    assertThat(r.cog(0, 2)).isZero();
    ComplexityResult diagonalOne =
        compute(Convention.R_ECONOMICCOMPLEXITY, ProximityKind.SYMMETRIC);
    assertThat(diagonalOne.cog(0, 2)).isNotZero();
    assertThat(diagonalOne.cog(0, 0)).isZero();
  }
}
