package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Invariants every default-convention result satisfies, shared by several tests. */
final class ComplexityProperties {
  private ComplexityProperties() {}

  /**
   * Density lies in [0, 1], distance is its complement, COG is 0 where {@code M_cp = 1}, and (under
   * the py-ecomplexity and Stata conventions, which standardise PCI with ECI's mean and sd) ECI is
   * the mean PCI of the country's products.
   */
  static void assertHold(ComplexityResult r) {
    int nc = r.countries().size();
    int np = r.products().size();
    for (int c = 0; c < nc; c++) {
      double pciSum = 0;
      for (int p = 0; p < np; p++) {
        assertThat(r.density(c, p)).isBetween(0.0, 1.0);
        assertThat(r.distance(c, p)).isEqualTo(1.0 - r.density(c, p));
        if (r.mcp(c, p)) {
          assertThat(r.cog(c, p)).isZero();
          pciSum += r.pci(p);
        }
      }
      if (r.diversity(c) > 0 && r.options().convention() != Convention.R_ECONOMICCOMPLEXITY) {
        assertThat(r.eci(c)).isCloseTo(pciSum / r.diversity(c), within(1e-9));
      }
    }
  }
}
