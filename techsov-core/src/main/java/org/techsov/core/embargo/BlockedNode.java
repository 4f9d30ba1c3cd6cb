package org.techsov.core.embargo;

import java.util.List;

/**
 * A blocked product or part in an embargo report.
 *
 * @param node node number in the graph
 * @param label the node's label ({@code #node} for nodes built without one)
 * @param value a product's value per year, a part's unit value, in the graph's currency
 * @param causes one entry per source of the node, saying what stopped it; words via {@link
 *     SupplierGraph#describe(Blockage)}
 */
public record BlockedNode(int node, String label, double value, List<Blockage> causes) {
  public BlockedNode {
    causes = List.copyOf(causes);
  }
}
