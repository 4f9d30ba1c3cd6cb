package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real SITC4 world export matrix of 1998-2000 (226 countries x 785 products, from the R package
 * economiccomplexity, via the fitkit fixtures) against its published Balassa matrix.
 */
class WorldTradeFixtureTest {
  private static final String DIR = "complexity-fixtures/fitkit-world-trade-1998-2000/";

  @Test
  void presenceMatrixEqualsThePublishedBalassaMatrix() {
    ExportMatrix exports =
        GoldenCsv.read(DIR + "world_trade_1998_2000.csv").rows.stream()
            .collect(
                () -> ExportMatrix.builder(2000),
                (b, row) -> b.add(row[0], row[1], Double.parseDouble(row[2])),
                (a, b) -> {
                  throw new UnsupportedOperationException();
                })
            .build();
    ComplexityResult r = EconomicComplexity.compute(exports, ComplexityOptions.defaults());
    GoldenCsv countries = GoldenCsv.read(DIR + "world_trade_1998_2000_countries.csv");
    GoldenCsv products = GoldenCsv.read(DIR + "world_trade_1998_2000_products.csv");
    Set<String> expected = new HashSet<>();
    for (String[] row : GoldenCsv.read(DIR + "world_trade_1998_2000_balassa.csv").rows) {
      String c = countries.rows.get(Integer.parseInt(row[0]))[1];
      String p = products.rows.get(Integer.parseInt(row[1]))[1];
      expected.add(c + "|" + p);
    }
    Set<String> actual = new HashSet<>();
    for (int c = 0; c < r.countries().size(); c++) {
      for (int p = 0; p < r.products().size(); p++) {
        if (r.mcp(c, p)) {
          actual.add(r.countries().get(c) + "|" + r.products().get(p));
        }
      }
    }
    assertThat(r.countries()).hasSize(226);
    assertThat(r.products()).hasSize(785);
    assertThat(actual).hasSize(31951).isEqualTo(expected);
    assertThat(r.warnings()).isEmpty();
    ComplexityProperties.assertHold(r);
  }
}
