package org.techsov.core.embargo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;

/**
 * Builds a {@link SupplierGraph} node by node. Countries and suppliers are interned to small ints
 * so that a million-node graph stays a handful of primitive arrays.
 */
public final class SupplierGraphBuilder {
  private final IntList kinds;
  private final IntList countryIds;
  private final IntList supplierIds;
  private final IntList availability;
  private final List<Boolean> gates;
  private double[] values;
  private final List<String> labels;
  private final IntList edgeFrom;
  private final IntList edgeTo;
  private final List<CountryCode> countries = new ArrayList<>();
  private final Map<CountryCode, Integer> countryIndex = new HashMap<>();
  private final List<String> suppliers = new ArrayList<>();
  private final Map<String, Integer> supplierIndex = new HashMap<>();

  public SupplierGraphBuilder(int expectedNodes) {
    int n = Math.max(16, expectedNodes);
    kinds = new IntList(n);
    countryIds = new IntList(n);
    supplierIds = new IntList(n);
    availability = new IntList(n);
    gates = new ArrayList<>(n);
    values = new double[n];
    labels = new ArrayList<>(n);
    edgeFrom = new IntList(n * 2);
    edgeTo = new IntList(n * 2);
  }

  /** The id of a country, adding it if new; {@code null} gives -1 (no country). */
  public int country(CountryCode code) {
    if (code == null) {
      return -1;
    }
    return countryIndex.computeIfAbsent(
        code,
        c -> {
          countries.add(c);
          return countries.size() - 1;
        });
  }

  /** The id of a supplier, adding it if new; {@code null} or empty gives -1 (no supplier). */
  public int supplier(String name) {
    if (name == null || name.isEmpty()) {
      return -1;
    }
    return supplierIndex.computeIfAbsent(
        name,
        s -> {
          suppliers.add(s);
          return suppliers.size() - 1;
        });
  }

  /**
   * Adds a node and returns its number.
   *
   * @param label shown in reports; may be {@code null} to save memory on generated graphs
   * @param countryId from {@link #country(CountryCode)}, or -1
   * @param supplierId from {@link #supplier(String)}, or -1
   * @param value a product's value per year, or a part's unit value; 0 when not known
   */
  public int add(
      NodeKind kind, Gate gate, String label, int countryId, int supplierId, double value) {
    int id = kinds.size();
    kinds.add(kind.ordinal());
    gates.add(gate == Gate.ANY);
    labels.add(label);
    countryIds.add(countryId);
    supplierIds.add(supplierId);
    availability.add(SupplierGraph.ALWAYS);
    if (id == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[id] = value;
    return id;
  }

  /** Marks a node as unusable before {@code date} (a substitute still being qualified). */
  public void availableFrom(int node, LocalDate date) {
    if (date != null) {
      availability.set(node, (int) date.toEpochDay());
    }
  }

  /** {@code parent} needs {@code child}. */
  public void needs(int parent, int child) {
    edgeFrom.add(parent);
    edgeTo.add(child);
  }

  public int size() {
    return kinds.size();
  }

  /** Freezes the graph; a cycle is rejected with the label of a node on it. */
  public SupplierGraph build() {
    int n = size();
    Csr children = Csr.of(n, edgeFrom, edgeTo);
    Csr parents = Csr.of(n, edgeTo, edgeFrom);
    int[] order = new int[n];
    int[] pending = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      pending[v] = parents.degree(v);
      if (pending[v] == 0) {
        order[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = order[head];
      for (int k = children.start[v]; k < children.start[v + 1]; k++) {
        if (--pending[children.targets[k]] == 0) {
          order[tail++] = children.targets[k];
        }
      }
    }
    if (tail < n) {
      int stuck = 0;
      while (pending[stuck] == 0) {
        stuck++;
      }
      String name = labels.get(stuck) == null ? "#" + stuck : labels.get(stuck);
      throw TechsovException.invalidArgument("supplier graph has a cycle through " + name);
    }
    return new SupplierGraph(this, children, parents, order);
  }

  byte[] kinds() {
    byte[] out = new byte[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) kinds.get(i);
    }
    return out;
  }

  boolean[] gates() {
    boolean[] out = new boolean[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = gates.get(i);
    }
    return out;
  }

  int[] countryIds() {
    return countryIds.toArray();
  }

  int[] supplierIds() {
    return supplierIds.toArray();
  }

  int[] availability() {
    return availability.toArray();
  }

  double[] values() {
    return Arrays.copyOf(values, size());
  }

  String[] labels() {
    return labels.toArray(new String[0]);
  }

  List<CountryCode> countries() {
    return countries;
  }

  Map<CountryCode, Integer> countryIndex() {
    return countryIndex;
  }

  List<String> suppliers() {
    return suppliers;
  }

  Map<String, Integer> supplierIndex() {
    return supplierIndex;
  }
}
