package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The golden case against the R package economiccomplexity 2.0 ({@code r-economiccomplexity/}):
 * fitness-complexity, the method of reflections, eigenvalue ECI/PCI, density, distance, COI and COG
 * under {@link Convention#R_ECONOMICCOMPLEXITY}.
 */
class REconomiccomplexityGoldenTest {
  private static final double ABS = 1e-9;
  private static final double REFLECTIONS_ABS = 1e-6;
  private static final Map<Integer, ComplexityResult> RESULTS = new HashMap<>();

  @BeforeAll
  static void computeAllYears() {
    GoldenCsv.read("complexity-golden/input.csv")
        .matrices("year", "country", "product", "export_value")
        .forEach(
            (y, m) ->
                RESULTS.put(
                    y,
                    EconomicComplexity.compute(
                        m, ComplexityOptions.of(Convention.R_ECONOMICCOMPLEXITY))));
  }

  @Test
  void countryOutputsMatch() {
    GoldenCsv csv = GoldenCsv.read("complexity-golden/r-economiccomplexity/r_country.csv");
    for (String[] row : csv.rows) {
      ComplexityResult r = RESULTS.get(Integer.parseInt(row[0]));
      int c = r.countryIndex(row[1]);
      String at = String.join(",", row);
      assertThat(r.diversity(c)).as(at).isEqualTo(Integer.parseInt(row[csv.column("diversity")]));
      assertThat(r.fitness(c)).as("fitness " + at).isCloseTo(d(csv, row, "fitness"), within(ABS));
      assertThat(r.eciReflections(c))
          .as("reflections " + at)
          .isCloseTo(d(csv, row, "eci_reflections"), within(REFLECTIONS_ABS));
      assertThat(r.eci(c)).as("eci " + at).isCloseTo(d(csv, row, "eci_eigenvalues"), within(ABS));
      assertThat(r.coi(c)).as("coi " + at).isCloseTo(d(csv, row, "coi"), within(ABS));
    }
    assertThat(csv.rows).hasSize(118);
  }

  @Test
  void productOutputsMatch() {
    GoldenCsv csv = GoldenCsv.read("complexity-golden/r-economiccomplexity/r_product.csv");
    for (String[] row : csv.rows) {
      ComplexityResult r = RESULTS.get(Integer.parseInt(row[0]));
      int p = r.productIndex(row[1]);
      String at = String.join(",", row);
      assertThat(r.ubiquity(p)).as(at).isEqualTo(Integer.parseInt(row[csv.column("ubiquity")]));
      assertThat(r.productComplexity(p))
          .as("complexity " + at)
          .isCloseTo(d(csv, row, "complexity_fitness"), within(ABS));
      assertThat(r.pciReflections(p))
          .as("reflections " + at)
          .isCloseTo(d(csv, row, "pci_reflections"), within(REFLECTIONS_ABS));
      assertThat(r.pci(p)).as("pci " + at).isCloseTo(d(csv, row, "pci_eigenvalues"), within(ABS));
    }
    assertThat(csv.rows).hasSize(899);
  }

  @Test
  void cellOutputsMatch() {
    GoldenCsv csv = GoldenCsv.read("complexity-golden/r-economiccomplexity/r_country_product.csv");
    for (String[] row : csv.rows) {
      ComplexityResult r = RESULTS.get(Integer.parseInt(row[0]));
      int c = r.countryIndex(row[1]);
      int p = r.productIndex(row[2]);
      String at = String.join(",", row);
      double rca = d(csv, row, "rca");
      assertThat(r.rca(c, p)).as("rca " + at).isCloseTo(rca, within(Math.abs(rca) * 1e-12));
      assertThat(r.mcp(c, p) ? 1 : 0).as(at).isEqualTo(Integer.parseInt(row[csv.column("mcp")]));
      assertThat(r.density(c, p))
          .as("density " + at)
          .isCloseTo(d(csv, row, "density"), within(ABS));
      assertThat(r.distance(c, p))
          .as("distance " + at)
          .isCloseTo(d(csv, row, "distance"), within(ABS));
      assertThat(r.cog(c, p)).as("cog " + at).isCloseTo(d(csv, row, "cog"), within(ABS));
    }
    assertThat(csv.rows).hasSize(35361);
  }

  private static double d(GoldenCsv csv, String[] row, String column) {
    return Double.parseDouble(row[csv.column(column)]);
  }
}
