package org.techsov.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.EconomicComplexity;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.store.duckdb.ResultTable;

class ComplexityTablesTest {
  private static ComplexityResult year(int year, String... countries) {
    var b = ExportMatrix.builder(year);
    for (int c = 0; c < countries.length; c++) {
      b.add(countries[c], "p", 1 + c).add(countries[c], "q", 3 - c);
    }
    return EconomicComplexity.compute(b.build(), ComplexityOptions.defaults());
  }

  private static Object cell(ResultTable t, String column, long row) {
    return t.columns().stream()
        .filter(c -> c.name().equals(column))
        .findFirst()
        .orElseThrow()
        .value(row);
  }

  @Test
  void yearsAreStackedInOrderWithTheirOwnLabels() {
    List<ComplexityResult> years = List.of(year(2021, "A", "B"), year(2022, "A", "B", "C"));
    ResultTable countries = ComplexityTables.countries(years);
    assertThat(countries.rows()).isEqualTo(5);
    assertThat(cell(countries, "year", 1)).isEqualTo(2021);
    assertThat(cell(countries, "country", 1)).isEqualTo("B");
    assertThat(cell(countries, "year", 2)).isEqualTo(2022);
    assertThat(cell(countries, "country", 4)).isEqualTo("C");
    // C exports 3 of p and 1 of q: RCA of p = (3/4) / (6/12) = 1.5
    ResultTable cells = ComplexityTables.cells(years, null);
    assertThat(cells.rows()).isEqualTo(2 * 2 + 3 * 2);
    assertThat(cell(cells, "country", 8)).isEqualTo("C");
    assertThat(cell(cells, "product", 8)).isEqualTo("p");
    assertThat(cell(cells, "rca", 8)).isEqualTo(1.5);
    assertThat(cell(cells, "mcp", 8)).isEqualTo(1);
  }

  @Test
  void theCellsOfOneCountrySkipTheYearsWithoutIt() {
    List<ComplexityResult> years = List.of(year(2021, "A", "B"), year(2022, "B", "C"));
    ResultTable cells = ComplexityTables.cells(years, "C");
    assertThat(cells.rows()).isEqualTo(2);
    assertThat(cell(cells, "year", 0)).isEqualTo(2022);
    assertThat(cell(cells, "product", 1)).isEqualTo("q");
  }
}
