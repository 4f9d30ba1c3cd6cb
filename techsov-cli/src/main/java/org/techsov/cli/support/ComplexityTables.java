package org.techsov.cli.support;

import java.util.List;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.store.duckdb.ResultTable;

/**
 * The complexity outputs of one or more years as tables: per country ({@code year, country,
 * diversity, eci, coi, fitness}), per product ({@code year, product, ubiquity, pci}) and per cell
 * ({@code year, country, product, rca, mcp, density, distance, cog}), each stacked over the years.
 */
public final class ComplexityTables {
  private ComplexityTables() {}

  public static ResultTable countries(List<ComplexityResult> years) {
    Stack s = new Stack(years, r -> r.countries().size());
    return new ResultTable("countries", s.rows())
        .whole("year", row -> s.result(row).year())
        .text("country", row -> s.result(row).countries().get(s.local(row)))
        .whole("diversity", row -> s.result(row).diversity(s.local(row)))
        .decimal("eci", row -> s.result(row).eci(s.local(row)))
        .decimal("coi", row -> s.result(row).coi(s.local(row)))
        .decimal("fitness", row -> s.result(row).fitness(s.local(row)));
  }

  public static ResultTable products(List<ComplexityResult> years) {
    Stack s = new Stack(years, r -> r.products().size());
    return new ResultTable("products", s.rows())
        .whole("year", row -> s.result(row).year())
        .text("product", row -> s.result(row).products().get(s.local(row)))
        .whole("ubiquity", row -> s.result(row).ubiquity(s.local(row)))
        .decimal("pci", row -> s.result(row).pci(s.local(row)));
  }

  /**
   * Every country x product cell, or the cells of one country ({@code country} non-null; a year
   * without it contributes no rows).
   */
  public static ResultTable cells(List<ComplexityResult> years, String country) {
    Stack s =
        new Stack(
            years,
            r ->
                country == null
                    ? r.countries().size() * r.products().size()
                    : r.countryIndex(country) < 0 ? 0 : r.products().size());
    Cell cell = new Cell(s, country);
    return new ResultTable("cells", s.rows())
        .whole("year", row -> s.result(row).year())
        .text("country", row -> s.result(row).countries().get(cell.c(row)))
        .text("product", row -> s.result(row).products().get(cell.p(row)))
        .decimal("rca", row -> s.result(row).rca(cell.c(row), cell.p(row)))
        .whole("mcp", row -> s.result(row).mcp(cell.c(row), cell.p(row)) ? 1 : 0)
        .decimal("density", row -> s.result(row).density(cell.c(row), cell.p(row)))
        .decimal("distance", row -> s.result(row).distance(cell.c(row), cell.p(row)))
        .decimal("cog", row -> s.result(row).cog(cell.c(row), cell.p(row)));
  }

  /** Maps a cell row to its country and product indices within its year. */
  private record Cell(Stack s, String country) {
    int c(long row) {
      ComplexityResult r = s.result(row);
      return country == null ? s.local(row) / r.products().size() : r.countryIndex(country);
    }

    int p(long row) {
      ComplexityResult r = s.result(row);
      return country == null ? s.local(row) % r.products().size() : s.local(row);
    }
  }

  /** Rows of several years stacked: row -> (year's result, row within the year). */
  private static final class Stack {
    private final List<ComplexityResult> years;
    private final long[] start;

    Stack(List<ComplexityResult> years, java.util.function.ToIntFunction<ComplexityResult> size) {
      this.years = years;
      this.start = new long[years.size() + 1];
      for (int i = 0; i < years.size(); i++) {
        start[i + 1] = start[i] + size.applyAsInt(years.get(i));
      }
    }

    long rows() {
      return start[years.size()];
    }

    private int index(long row) {
      if (start.length == 2) {
        return 0; // one year, the usual case: no search per value
      }
      int i = java.util.Arrays.binarySearch(start, row);
      if (i < 0) {
        return -i - 2;
      }
      while (i + 1 < start.length - 1 && start[i + 1] == row) {
        i++;
      }
      return i;
    }

    ComplexityResult result(long row) {
      return years.get(index(row));
    }

    int local(long row) {
      return (int) (row - start[index(row)]);
    }
  }
}
