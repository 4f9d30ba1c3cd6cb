package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published conventions other than the default, each against its reference file: released
 * py-ecomplexity 0.5.2 (proximity diagonal 1) on the golden case, and the Growth Lab's Stata
 * package on the real-data fixture of py-ecomplexity's tests.
 */
class AlternativeConventionsGoldenTest {
  private static final double ABS = 1e-9;

  @Test
  void release052WithDiagonalOneMatchesItsOutput() {
    Map<Integer, ComplexityResult> results = new HashMap<>();
    GoldenCsv.read("complexity-golden/input.csv")
        .matrices("year", "country", "product", "export_value")
        .forEach(
            (y, m) ->
                results.put(
                    y,
                    EconomicComplexity.compute(
                        m, ComplexityOptions.of(Convention.PY_ECOMPLEXITY_0_5_2))));
    GoldenCsv csv = GoldenCsv.read("complexity-golden/alt-py-v0.5.2_output.csv");
    int checked = 0;
    for (String[] row : csv.rows) {
      ComplexityResult r = results.get(Integer.parseInt(row[0]));
      int c = r.countryIndex(row[1]);
      int p = r.productIndex(row[2]);
      if (c < 0 || p < 0) {
        assertThat(Double.parseDouble(row[csv.column("density")])).isNaN();
        continue;
      }
      String at = String.join(",", row);
      assertThat(r.density(c, p)).as(at).isCloseTo(d(csv, row, "density"), within(ABS));
      assertThat(r.coi(c)).as(at).isCloseTo(d(csv, row, "coi"), within(ABS));
      assertThat(r.cog(c, p)).as(at).isCloseTo(d(csv, row, "cog"), within(ABS));
      checked++;
    }
    assertThat(checked).isEqualTo(35361);
  }

  @Test
  void stataConventionMatchesTheStataGroundTruth() {
    GoldenCsv csv = GoldenCsv.read("complexity-fixtures/py-ecomplexity/stata_ground_truth.csv");
    Map<Integer, ComplexityResult> results = new HashMap<>();
    // Stata stores the input as float32, and its RCA is computed on those rounded values
    Map<Integer, ExportMatrixBuilder> builders = new HashMap<>();
    for (String[] row :
        GoldenCsv.read("complexity-fixtures/py-ecomplexity/trade_data_sample.csv").rows) {
      builders
          .computeIfAbsent(Integer.parseInt(row[0]), ExportMatrix::builder)
          .add(row[1], row[2], (float) Double.parseDouble(row[3]));
    }
    builders.forEach(
        (y, b) ->
            results.put(
                y, EconomicComplexity.compute(b.build(), ComplexityOptions.of(Convention.STATA))));
    for (String[] row : csv.rows) {
      ComplexityResult r = results.get(Integer.parseInt(row[0]));
      int c = r.countryIndex(row[1]);
      int p = r.productIndex(row[2]);
      String at = String.join(",", row);
      assertThat(r.rca(c, p)).as(at).isCloseTo(d(csv, row, "rca"), within(1e-12));
      assertThat(r.mcp(c, p) ? 1.0 : 0.0).as(at).isEqualTo(d(csv, row, "M"));
      assertThat((double) r.diversity(c)).as(at).isEqualTo(d(csv, row, "diversity"));
      assertThat((double) r.ubiquity(p)).as(at).isEqualTo(d(csv, row, "ubiquity"));
      assertThat(r.density(c, p)).as(at).isCloseTo(d(csv, row, "density"), within(ABS));
      assertThat(r.eci(c)).as(at).isCloseTo(d(csv, row, "eci"), within(ABS));
      assertThat(r.pci(p)).as(at).isCloseTo(d(csv, row, "pci"), within(ABS));
      assertThat(r.coi(c)).as(at).isCloseTo(d(csv, row, "coi"), within(ABS));
      assertThat(r.cog(c, p)).as(at).isCloseTo(d(csv, row, "cog"), within(ABS));
    }
    assertThat(csv.rows).hasSize(600);
  }

  private static double d(GoldenCsv csv, String[] row, String column) {
    return Double.parseDouble(row[csv.column(column)]);
  }
}
