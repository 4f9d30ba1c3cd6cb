package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random export matrices (QuickTheories reports the falsifying seed and
 * sizes; {@link RandomExports#generate} rebuilds the matrix from them).
 */
class ComplexityPropertiesTest {
  @Test
  void densityIsAShareCogVanishesOnExportsAndEciIsTheMeanPciOfTheCountrysProducts() {
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(2, 30), integers().between(2, 80))
        .checkAssert(
            (seed, nc, np) -> {
              for (Convention convention : Convention.values()) {
                ComplexityResult r =
                    EconomicComplexity.compute(
                        RandomExports.generate(seed, nc, np), ComplexityOptions.of(convention));
                if (r.warnings().stream().noneMatch(w -> w.contains("undefined"))) {
                  ComplexityProperties.assertHold(r);
                }
              }
            });
  }

  @Test
  void resultsDoNotDependOnRowOrColumnOrderOrOnLabels() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(3, 30), integers().between(3, 80))
        .checkAssert(
            (seed, nc, np) -> {
              ExportMatrix x = RandomExports.generate(seed, nc, np);
              ComplexityResult a = EconomicComplexity.compute(x, ComplexityOptions.defaults());
              int[] rows = shuffled(nc, seed);
              int[] cols = shuffled(np, ~seed);
              ComplexityResult b =
                  EconomicComplexity.compute(permuted(x, rows, cols), ComplexityOptions.defaults());
              assertSame(a, b, rows, cols);
            });
  }

  /** Matrices whose ECI is uncorrelated with diversity once rounding is set aside. */
  @Test
  void eciSignsDoNotDependOnOrderWhenDiversityGivesNoSign() {
    long[][] cases = {
      {5823022604525505984L, 3, 26},
      {-3094890000041949663L, 3, 20},
      {-7408081798478798075L, 3, 60},
      {4366402963060966916L, 16, 5},
      {-3814721351442436519L, 4, 4},
      {-5604947408912448504L, 3, 12}
    };
    for (long[] c : cases) {
      int nc = (int) c[1];
      int np = (int) c[2];
      ExportMatrix x = RandomExports.generate(c[0], nc, np);
      int[] rows = shuffled(nc, c[0]);
      int[] cols = shuffled(np, ~c[0]);
      assertSame(
          EconomicComplexity.compute(x, ComplexityOptions.defaults()),
          EconomicComplexity.compute(permuted(x, rows, cols), ComplexityOptions.defaults()),
          rows,
          cols);
    }
  }

  private static void assertSame(ComplexityResult a, ComplexityResult b, int[] rows, int[] cols) {
    boolean unique = a.warnings().isEmpty();
    for (int i = 0; i < rows.length; i++) {
      int c = a.countryIndex("C" + String.format("%04d", rows[i]));
      int cb = b.countryIndex("renamed-country-" + i);
      if (c < 0) {
        assertThat(cb).isNegative();
        continue;
      }
      if (unique) {
        assertThat(b.eci(cb)).isCloseTo(a.eci(c), within(1e-9));
        assertThat(b.coi(cb)).isCloseTo(a.coi(c), within(1e-9));
      }
      assertThat(b.fitness(cb)).isCloseTo(a.fitness(c), within(1e-9 * a.fitness(c)));
      for (int j = 0; j < cols.length; j++) {
        int p = a.productIndex("P" + String.format("%04d", cols[j]));
        int pb = b.productIndex("renamed-product-" + j);
        if (p >= 0) {
          assertThat(b.rca(cb, pb)).isCloseTo(a.rca(c, p), within(1e-12 * a.rca(c, p)));
          assertThat(b.density(cb, pb)).isCloseTo(a.density(c, p), within(1e-12));
          if (unique) {
            assertThat(b.cog(cb, pb)).isCloseTo(a.cog(c, p), within(1e-9));
          }
        }
      }
    }
  }

  private static ExportMatrix permuted(ExportMatrix x, int[] rows, int[] cols) {
    int np = cols.length;
    double[] v = new double[rows.length * np];
    List<String> countries = new ArrayList<>();
    List<String> products = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      countries.add("renamed-country-" + i);
      for (int j = 0; j < np; j++) {
        v[i * np + j] = x.value(rows[i], cols[j]);
      }
    }
    for (int j = 0; j < np; j++) {
      products.add("renamed-product-" + j);
    }
    return new ExportMatrix(x.year(), countries, products, v);
  }

  private static int[] shuffled(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
