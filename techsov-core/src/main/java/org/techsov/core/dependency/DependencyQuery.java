package org.techsov.core.dependency;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;

/**
 * What a dependency analysis computes.
 *
 * @param importers importing countries; empty means every importer
 * @param fromYear first year, inclusive
 * @param toYear last year, inclusive
 * @param level how products are grouped
 * @param areas technology areas: the groups when {@code level} is AREA, otherwise a filter on
 *     products (empty means no filter)
 * @param products HS codes (any level) to restrict to; empty means no restriction
 * @param blocs ids of blocs whose shares are reported, in output order
 * @param blocDate the date at which bloc membership is taken; the same composition applies to every
 *     year so that shares are comparable over time
 * @param baselineYear year to compare each row against, if any
 * @param topSuppliers how many of the largest suppliers to list per row
 */
public record DependencyQuery(
    List<CountryCode> importers,
    int fromYear,
    int toYear,
    GroupLevel level,
    List<String> areas,
    List<HsCode> products,
    List<String> blocs,
    LocalDate blocDate,
    OptionalInt baselineYear,
    int topSuppliers) {
  public DependencyQuery {
    importers = List.copyOf(importers);
    areas = List.copyOf(areas);
    products = List.copyOf(products);
    blocs = List.copyOf(blocs);
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(blocDate, "blocDate");
    Objects.requireNonNull(baselineYear, "baselineYear");
    if (fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
    }
    if (level == GroupLevel.AREA && areas.isEmpty()) {
      throw new IllegalArgumentException("grouping by area needs at least one area");
    }
    if (topSuppliers < 0 || topSuppliers > 1000) {
      throw new IllegalArgumentException("topSuppliers must be 0..1000: " + topSuppliers);
    }
  }
}
