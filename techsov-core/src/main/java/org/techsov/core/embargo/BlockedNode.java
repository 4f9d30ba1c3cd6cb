package org.techsov.core.embargo;

import java.util.List;

/**
 * A blocked product or part in an embargo report.
 *
 * @param node node number in the graph
 * @param label the node's label
 * @param value a product's value per year, a part's unit value, in the graph's currency
 * @param reasons why: for a part, each source and what stopped it; for a product, the parts it
 *     lacks (at most a few)
 */
public record BlockedNode(int node, String label, double value, List<String> reasons) {
  public BlockedNode {
    reasons = List.copyOf(reasons);
  }
}
