package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class ThreadCountTest {
  @Test
  void resultsAreBitForBitTheSameWithOneThreadOrFour() throws Exception {
    ExportMatrix x = RandomExports.generate(5L, 60, 400);
    for (ProximityKind kind : ProximityKind.values()) {
      ComplexityOptions options = ComplexityOptions.defaults().withProximity(kind);
      ComplexityResult one =
          new ForkJoinPool(1).submit(() -> EconomicComplexity.compute(x, options)).get();
      ComplexityResult four =
          new ForkJoinPool(4).submit(() -> EconomicComplexity.compute(x, options)).get();
      for (int c = 0; c < one.countries().size(); c++) {
        assertThat(four.eci(c)).isEqualTo(one.eci(c));
        assertThat(four.coi(c)).isEqualTo(one.coi(c));
        for (int p = 0; p < one.products().size(); p++) {
          assertThat(four.density(c, p)).isEqualTo(one.density(c, p));
          assertThat(four.cog(c, p)).isEqualTo(one.cog(c, p));
        }
      }
    }
  }
}
