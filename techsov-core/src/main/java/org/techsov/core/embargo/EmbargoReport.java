package org.techsov.core.embargo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a scenario stops. The blocked products and the parts without substitute are kept as node
 * numbers and cause codes in primitive arrays, so that a sweep of scenarios over a million-node
 * graph allocates little; the {@link BlockedNode} lists are built on first access.
 *
 * <p>Parts without substitute are blocked parts where the cut bites directly (a source or one of
 * its operations is cut, or a substitute is not yet qualified) and no qualified source outside the
 * cut survives; parts blocked only because a component is missing are left out, as the fix lies
 * below them. Values are in the graph's currency; a product's value is per year.
 */
public final class EmbargoReport {
  private final SupplierGraph graph;
  private final String scenario;
  private final LocalDate asOf;
  private final int blockedNodes;
  private final double valueAtRisk;
  private final double totalValue;
  private final Causes products;
  private final Causes parts;
  private List<BlockedNode> productList;
  private List<BlockedNode> partList;

  /** Nodes in ascending order with, per node, the blockage of each of its children. */
  record Causes(int[] nodes, int[] start, int[] child, byte[] cause, int[] input) {}

  EmbargoReport(
      SupplierGraph graph,
      EmbargoScenario scenario,
      LocalDate asOf,
      int blockedNodes,
      double[] values,
      Causes products,
      Causes parts) {
    this.graph = graph;
    this.scenario = scenario.name();
    this.asOf = asOf;
    this.blockedNodes = blockedNodes;
    this.valueAtRisk = values[0];
    this.totalValue = values[1];
    this.products = products;
    this.parts = parts;
  }

  /** The scenario's name. */
  public String scenario() {
    return scenario;
  }

  /** The date evaluated. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Number of graph nodes blocked, of every kind. */
  public int blockedNodes() {
    return blockedNodes;
  }

  /** Value per year of the blocked products. */
  public double valueAtRisk() {
    return valueAtRisk;
  }

  /** Value per year of all products. */
  public double totalValue() {
    return totalValue;
  }

  /** Share of the products' value per year at risk, 0-1; 0 when the products have no value. */
  public double shareAtRisk() {
    return totalValue == 0 ? 0 : valueAtRisk / totalValue;
  }

  /** Number of blocked products. */
  public int blockedProductCount() {
    return products.nodes().length;
  }

  /** Number of parts without substitute. */
  public int partsWithoutSubstituteCount() {
    return parts.nodes().length;
  }

  /** End products that can no longer be made, in node order. */
  public synchronized List<BlockedNode> blockedProducts() {
    if (productList == null) {
      productList = materialise(products);
    }
    return productList;
  }

  /** Parts without substitute (see the class comment), in node order. */
  public synchronized List<BlockedNode> partsWithoutSubstitute() {
    if (partList == null) {
      partList = materialise(parts);
    }
    return partList;
  }

  private List<BlockedNode> materialise(Causes c) {
    List<BlockedNode> out = new ArrayList<>(c.nodes().length);
    BlockCause[] kinds = BlockCause.values();
    for (int i = 0; i < c.nodes().length; i++) {
      int v = c.nodes()[i];
      List<Blockage> causes = new ArrayList<>(c.start()[i + 1] - c.start()[i]);
      for (int k = c.start()[i]; k < c.start()[i + 1]; k++) {
        causes.add(new Blockage(c.child()[k], kinds[c.cause()[k]], c.input()[k]));
      }
      out.add(new BlockedNode(v, graph.label(v), graph.value(v), causes));
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmbargoReport r
        && scenario.equals(r.scenario)
        && asOf.equals(r.asOf)
        && blockedNodes == r.blockedNodes
        && valueAtRisk == r.valueAtRisk
        && totalValue == r.totalValue
        && Arrays.equals(products.nodes(), r.products.nodes())
        && Arrays.equals(parts.nodes(), r.parts.nodes())
        && Arrays.equals(parts.cause(), r.parts.cause())
        && Arrays.equals(parts.input(), r.parts.input());
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenario, asOf, blockedNodes, Arrays.hashCode(parts.nodes()));
  }

  @Override
  public String toString() {
    return "EmbargoReport["
        + scenario
        + " as of "
        + asOf
        + ": "
        + blockedProductCount()
        + " products blocked, value at risk "
        + valueAtRisk
        + ", "
        + partsWithoutSubstituteCount()
        + " parts without substitute]";
  }
}
