package org.techsov.core.dependency;

import java.util.List;
import java.util.Optional;
import org.techsov.core.reference.CountryCode;

/**
 * An importer's dependency on its suppliers for one product group in one year.
 *
 * @param importer the importing country
 * @param year calendar year
 * @param group the product group
 * @param importValueUsd total imports of the group, current US dollars
 * @param supplierCount number of suppliers with positive imports
 * @param hhi Herfindahl-Hirschman index of supplier shares, 0-1 scale
 * @param topSuppliers the largest suppliers, by value descending (ties by code)
 * @param blocShares share of each requested bloc, in the query's bloc order
 * @param baseline the same group in the baseline year, if one was requested
 * @param groupName the group's name (an area's name, or an HS6 description from the product
 *     dictionary), or empty when none is known
 */
public record DependencyRow(
    CountryCode importer,
    int year,
    ProductGroup group,
    double importValueUsd,
    int supplierCount,
    double hhi,
    List<SupplierShare> topSuppliers,
    List<BlocShare> blocShares,
    Optional<Baseline> baseline,
    String groupName) {
  public DependencyRow {
    topSuppliers = List.copyOf(topSuppliers);
    blocShares = List.copyOf(blocShares);
    groupName = groupName == null ? "" : groupName;
  }

  /** A row whose group has no known name. */
  public DependencyRow(
      CountryCode importer,
      int year,
      ProductGroup group,
      double importValueUsd,
      int supplierCount,
      double hhi,
      List<SupplierShare> topSuppliers,
      List<BlocShare> blocShares,
      Optional<Baseline> baseline) {
    this(
        importer,
        year,
        group,
        importValueUsd,
        supplierCount,
        hhi,
        topSuppliers,
        blocShares,
        baseline,
        "");
  }

  /** The equivalent number of equal suppliers, {@code 1/HHI}. */
  public double equivalentSuppliers() {
    return Concentration.equivalentSuppliers(hhi);
  }

  /** The share of the named bloc, or NaN if it was not requested. */
  public double blocShare(String bloc) {
    for (BlocShare b : blocShares) {
      if (b.bloc().equalsIgnoreCase(bloc)) {
        return b.share();
      }
    }
    return Double.NaN;
  }

  /** Relative change of import value versus the baseline, e.g. -0.4 for a 40% fall. */
  public double valueChangeVsBaseline() {
    return baseline
        .map(b -> b.importValueUsd() > 0 ? importValueUsd / b.importValueUsd() - 1 : Double.NaN)
        .orElse(Double.NaN);
  }
}
