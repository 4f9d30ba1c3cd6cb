package org.techsov.core.embargo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.techsov.core.reference.CountryCode;

/**
 * An immutable supplier graph for embargo what-ifs: products, parts, sources (supplier x country)
 * and operations, numbered 0..size-1, with "needs" edges from a node to its children. Children and
 * parents are stored as compressed adjacency arrays and a topological order (every node before its
 * children) is computed once; nodes are also indexed by country and by supplier, so a scenario
 * touches only the nodes it cuts and those above them. Built with {@link SupplierGraphBuilder}.
 *
 * <p>Values are in the currency of the builder's caller (the bill converter uses the currency
 * table's base); a product's value is per year (unit value x annual volume).
 */
public final class SupplierGraph {
  static final int ALWAYS = Integer.MIN_VALUE;

  final byte[] kind;
  final boolean[] any;
  final int[] country;
  final int[] supplier;
  final int[] availableFrom;
  final double[] value;
  final String[] label;
  final Csr children;
  final Csr parents;
  final int[] topological;
  final Csr byCountry;
  final Csr bySupplier;
  final int[] products;
  final int[] late;
  final List<CountryCode> countries;
  final Map<CountryCode, Integer> countryIndex;
  final List<String> suppliers;
  final Map<String, Integer> supplierIndex;

  SupplierGraph(SupplierGraphBuilder b, Csr children, Csr parents, int[] topological) {
    int n = b.size();
    this.kind = b.kinds();
    this.any = b.gates();
    this.country = b.countryIds();
    this.supplier = b.supplierIds();
    this.availableFrom = b.availability();
    this.value = b.values();
    this.label = b.labels();
    this.children = children;
    this.parents = parents;
    this.topological = topological;
    IntList rows = new IntList(n);
    IntList nodes = new IntList(n);
    IntList supplierRows = new IntList(n);
    IntList productList = new IntList(16);
    IntList lateList = new IntList(16);
    for (int v = 0; v < n; v++) {
      rows.add(country[v]);
      nodes.add(v);
      supplierRows.add(supplier[v]);
      if (kind[v] == NodeKind.PRODUCT.ordinal()) {
        productList.add(v);
      }
      if (availableFrom[v] != ALWAYS) {
        lateList.add(v);
      }
    }
    this.byCountry = Csr.of(b.countries().size(), rows, nodes);
    this.bySupplier = Csr.of(b.suppliers().size(), supplierRows, nodes);
    this.products = productList.toArray();
    this.late = lateList.toArray();
    this.countries = List.copyOf(b.countries());
    this.countryIndex = Map.copyOf(b.countryIndex());
    this.suppliers = List.copyOf(b.suppliers());
    this.supplierIndex = Map.copyOf(b.supplierIndex());
  }

  public int size() {
    return kind.length;
  }

  public int edgeCount() {
    return children.targets.length;
  }

  public NodeKind kind(int node) {
    return NodeKind.values()[kind[node]];
  }

  public Gate gate(int node) {
    return any[node] ? Gate.ANY : Gate.ALL;
  }

  /** The node's label, or {@code #node} when it was built without one. */
  public String label(int node) {
    return label[node] == null ? "#" + node : label[node];
  }

  /** Country where the node is, or {@code null} when it has none. */
  public CountryCode country(int node) {
    return country[node] < 0 ? null : countries.get(country[node]);
  }

  /** The node's supplier, or {@code null} when it has none. */
  public String supplier(int node) {
    return supplier[node] < 0 ? null : suppliers.get(supplier[node]);
  }

  /** First day the node can be used, or {@code null} when always. */
  public LocalDate availableFrom(int node) {
    return availableFrom[node] == ALWAYS ? null : LocalDate.ofEpochDay(availableFrom[node]);
  }

  /** A product's value per year, or a part's unit value, in the graph's currency. */
  public double value(int node) {
    return value[node];
  }

  /** The end products, in node order. */
  public int[] products() {
    return products.clone();
  }

  /** Every country any node is in. */
  public List<CountryCode> countries() {
    return countries;
  }

  public int childCount(int node) {
    return children.degree(node);
  }

  /** The {@code k}-th child of {@code node}. */
  public int child(int node, int k) {
    return children.targets[children.start[node] + k];
  }

  /**
   * A blockage in words, e.g. {@code "laptop/CPU <- maker (TWN): needs laptop/CPU:
   * wafer_fabrication in TWN"}.
   */
  public String describe(Blockage b) {
    String name = label(b.node());
    return switch (b.cause()) {
      case COUNTRY -> name + ": " + country(b.node()) + " cut";
      case SUPPLIER -> name + ": supplier " + supplier(b.node()) + " cut";
      case NOT_YET_AVAILABLE -> name + ": not qualified until " + availableFrom(b.node());
      case PROPAGATED ->
          b.input() < 0 ? name + ": blocked" : name + ": needs " + inputName(b.input());
    };
  }

  private String inputName(int v) {
    return kind[v] == NodeKind.OPERATION.ordinal() ? label(v) + " in " + country(v) : label(v);
  }
}
