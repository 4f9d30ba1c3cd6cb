package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast density, COG and COI against the dense formulas on seeded random matrices, for every
 * proximity kind and diagonal, including thresholds that leave products and countries unranked.
 */
class ProductSpaceDifferentialTest {
  @Test
  void fastProductSpaceEqualsTheDenseFormulas() {
    SplittableRandom seeds = new SplittableRandom(20240611L);
    for (int trial = 0; trial < 24; trial++) {
      long seed = seeds.nextLong();
      int nc = 3 + seeds.nextInt(30);
      int np = 3 + seeds.nextInt(70);
      double threshold = trial % 3 == 0 ? 1.7 : 1.0;
      for (ProximityKind kind : ProximityKind.values()) {
        check(seed, nc, np, threshold, kind);
        checkDensityWithDiagonalZero(seed, nc, np, threshold, kind);
      }
    }
  }

  private static void check(long seed, int nc, int np, double threshold, ProximityKind kind) {
    ExportMatrix x = RandomExports.generate(seed, nc, np);
    ComplexityOptions options =
        ComplexityOptions.of(Convention.R_ECONOMICCOMPLEXITY)
            .withThresholds(threshold, 1.0)
            .withProximity(kind);
    ComplexityResult r = EconomicComplexity.compute(x, options);
    NaiveProductSpace naive = new NaiveProductSpace(r, kind, 1.0);
    double[][] level = kind == ProximityKind.CONTINUOUS ? rcaLevels(r) : naive.presenceLevels();
    int n = r.products().size();
    double[] pci = new double[n];
    for (int p = 0; p < n; p++) {
      pci[p] = r.pci(p);
    }
    String at = "seed " + seed + " " + nc + "x" + np + " " + kind + " threshold " + threshold;
    for (int c = 0; c < r.countries().size(); c++) {
      double coi = 0;
      for (int p = 0; p < n; p++) {
        double d = naive.density(level, c, p);
        assertThat(r.density(c, p)).as(at).isCloseTo(d, within(1e-12 * Math.max(1, d)));
        if (!Double.isNaN(pci[p])) {
          assertThat(r.cog(c, p)).as(at).isCloseTo(naive.gain(pci, c, p), within(1e-10));
          coi += r.mcp(c, p) ? 0 : d * pci[p];
        }
      }
      if (!r.warnings().stream().anyMatch(w -> w.contains("undefined"))) {
        assertThat(r.coi(c)).as(at).isCloseTo(coi, within(1e-10));
      }
    }
  }

  private static void checkDensityWithDiagonalZero(
      long seed, int nc, int np, double threshold, ProximityKind kind) {
    ComplexityOptions options =
        ComplexityOptions.defaults().withThresholds(threshold, 1.0).withProximity(kind);
    ComplexityResult r = EconomicComplexity.compute(RandomExports.generate(seed, nc, np), options);
    NaiveProductSpace naive = new NaiveProductSpace(r, kind, 0.0);
    double[][] level = kind == ProximityKind.CONTINUOUS ? rcaLevels(r) : naive.presenceLevels();
    for (int c = 0; c < r.countries().size(); c++) {
      for (int p = 0; p < r.products().size(); p++) {
        double d = naive.density(level, c, p);
        assertThat(r.density(c, p))
            .as("seed " + seed + " " + kind)
            .isCloseTo(d, within(1e-12 * Math.max(1, d)));
      }
    }
  }

  private static double[][] rcaLevels(ComplexityResult r) {
    double[][] out = new double[r.countries().size()][r.products().size()];
    for (int c = 0; c < out.length; c++) {
      for (int p = 0; p < out[c].length; p++) {
        out[c][p] = r.rca(c, p);
      }
    }
    return out;
  }
}
