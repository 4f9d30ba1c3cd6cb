package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every row and column of the shared golden case ({@code complexity-golden}, 40 countries x 300
 * products x 3 years, synthetic, with planted edge cases) against the newest py-ecomplexity.
 */
class PyEcomplexityGoldenTest {
  private static final double ABS = 1e-9;
  private static final Map<Integer, ComplexityResult> RESULTS = new HashMap<>();
  private static GoldenCsv output;

  @BeforeAll
  static void computeAllYears() {
    GoldenCsv input = GoldenCsv.read("complexity-golden/input.csv");
    input
        .matrices("year", "country", "product", "export_value")
        .forEach(
            (y, m) -> RESULTS.put(y, EconomicComplexity.compute(m, ComplexityOptions.defaults())));
    output = GoldenCsv.read("complexity-golden/output.csv");
  }

  @Test
  void everyRowOfTheReferenceOutputIsReproduced() {
    int checked = 0;
    int dropped = 0;
    for (String[] row : output.rows) {
      ComplexityResult r = RESULTS.get(Integer.parseInt(row[output.column("year")]));
      int c = r.countryIndex(row[output.column("country")]);
      int p = r.productIndex(row[output.column("product")]);
      if (Double.isNaN(value(row, "eci")) && Double.isNaN(value(row, "pci"))) {
        // the reference returns NaN rows for entities with zero total exports; techsov drops them
        assertThat(c < 0 || p < 0).as("dropped %s", String.join(",", row)).isTrue();
        dropped++;
        continue;
      }
      assertThat(c).isNotNegative();
      assertThat(p).isNotNegative();
      assertRow(r, c, p, row);
      checked++;
    }
    assertThat(checked).isEqualTo(35698 - 337);
    assertThat(dropped).isEqualTo(337);
  }

  private static void assertRow(ComplexityResult r, int c, int p, String[] row) {
    String at = String.join(",", row);
    assertThat(r.rca(c, p)).as("rca " + at).isCloseTo(value(row, "rca"), relative(row, "rca"));
    assertThat(r.mcp(c, p) ? 1.0 : 0.0).as("mcp " + at).isEqualTo(value(row, "mcp"));
    assertThat((double) r.diversity(c)).as("diversity " + at).isEqualTo(value(row, "diversity"));
    assertThat((double) r.ubiquity(p)).as("ubiquity " + at).isEqualTo(value(row, "ubiquity"));
    assertThat(r.eci(c)).as("eci " + at).isCloseTo(value(row, "eci"), tight(row, "eci"));
    assertThat(r.pci(p)).as("pci " + at).isCloseTo(value(row, "pci"), tight(row, "pci"));
    assertThat(r.density(c, p))
        .as("density " + at)
        .isCloseTo(value(row, "density"), tight(row, "density"));
    assertThat(r.coi(c)).as("coi " + at).isCloseTo(value(row, "coi"), tight(row, "coi"));
    assertThat(r.cog(c, p)).as("cog " + at).isCloseTo(value(row, "cog"), tight(row, "cog"));
  }

  @Test
  void plantedEdgeCasesAreDroppedAndReported() {
    assertThat(RESULTS.get(2019).countries()).doesNotContain("C039");
    assertThat(RESULTS.get(2019).droppedProducts()).containsExactly("P0007");
    assertThat(RESULTS.get(2021).droppedCountries()).containsExactly("C003");
    for (ComplexityResult r : RESULTS.values()) {
      assertThat(r.diversity(r.countryIndex("C005"))).isEqualTo(1);
      assertThat(r.ubiquity(r.productIndex("P0013"))).isEqualTo(1);
      assertThat(r.unrankedCountries()).isEmpty();
      assertThat(r.unrankedProducts()).isEmpty();
      assertThat(r.warnings()).isEmpty();
    }
  }

  @Test
  void proximityEqualsTheReferenceBitForBit() {
    GoldenCsv prox = GoldenCsv.read("complexity-golden/proximity.csv");
    for (String[] row : prox.rows) {
      ComplexityResult r = RESULTS.get(Integer.parseInt(row[0]));
      int p = r.productIndex(row[1]);
      int q = r.productIndex(row[2]);
      double expected = Double.parseDouble(row[3]);
      assertThat(r.proximity().value(p, q)).as(String.join(",", row)).isEqualTo(expected);
      assertThat(r.proximity().value(q, p)).isEqualTo(expected);
    }
    assertThat(prox.rows).hasSize(135150);
  }

  // both the README's 1e-9 absolute and the 1e-9 relative (so a reference 0 is exact)
  private static org.assertj.core.data.Offset<Double> tight(String[] row, String column) {
    return within(Math.min(ABS, Math.abs(value(row, column)) * 1e-9));
  }

  private static org.assertj.core.data.Offset<Double> relative(String[] row, String column) {
    return within(Math.abs(value(row, column)) * 1e-12);
  }

  private static double value(String[] row, String column) {
    return Double.parseDouble(row[output.column(column)]);
  }
}
