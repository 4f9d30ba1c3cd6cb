package org.techsov.core.embargo;

import java.time.LocalDate;
import java.util.List;

/**
 * What a scenario stops.
 *
 * @param scenario the scenario's name
 * @param asOf the date evaluated
 * @param blockedNodes number of graph nodes blocked, of every kind
 * @param blockedProducts end products that can no longer be made, in node order
 * @param valueAtRisk value per year of the blocked products, in the graph's currency
 * @param totalValue value per year of all products
 * @param partsWithoutSubstitute blocked parts where the cut bites directly (a source or one of its
 *     operations is cut) and no qualified substitute outside the cut survives, in node order; parts
 *     blocked only because a component is missing are left out, as the fix lies below them
 */
public record EmbargoReport(
    String scenario,
    LocalDate asOf,
    int blockedNodes,
    List<BlockedNode> blockedProducts,
    double valueAtRisk,
    double totalValue,
    List<BlockedNode> partsWithoutSubstitute) {
  public EmbargoReport {
    blockedProducts = List.copyOf(blockedProducts);
    partsWithoutSubstitute = List.copyOf(partsWithoutSubstitute);
  }

  /** Share of the products' value per year at risk, 0-1; 0 when the products have no value. */
  public double shareAtRisk() {
    return totalValue == 0 ? 0 : valueAtRisk / totalValue;
  }
}
