package org.techsov.core.bom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A validated, indexed, multi-level bill of materials: an end product, its assemblies and parts,
 * joined by quantity edges into a directed acyclic graph (an item may be used by several parents).
 * Items are numbered 0..size-1 in the order given; children are stored as compressed adjacency
 * arrays and a topological order (product first, every item after all its parents) is computed
 * once, so scoring walks the bill in linear time.
 *
 * <p>Construction rejects duplicate part numbers, unknown parents or parts, negative or non-finite
 * quantities and values, unknown countries and currencies, parts with no parent other than the
 * product, and cycles, with a message naming the file, line and field.
 */
public final class Bom {
  private final BomHeader header;
  private final List<BomItem> items;
  private final List<BomEdge> edges;
  private final Map<String, Integer> index;
  private final int root;
  private final int[] childStart;
  private final int[] child;
  private final double[] quantity;
  private final int[] topological;

  private Bom(BomHeader header, List<BomItem> items, List<BomEdge> edges) {
    this.header = header;
    this.items = List.copyOf(items);
    this.edges = List.copyOf(edges);
    this.index = BomValidator.indexItems(header, this.items);
    this.root = index.get(header.product());
    int n = this.items.size();
    List<List<BomEdge>> parentEdges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parentEdges.add(new ArrayList<>(1));
    }
    childStart = new int[n + 1];
    for (BomEdge e : this.edges) {
      BomValidator.checkEdge(e, index, header.product());
      childStart[index.get(e.parent()) + 1]++;
      parentEdges.get(index.get(e.child())).add(e);
    }
    for (int i = 0; i < n; i++) {
      if (i != root && parentEdges.get(i).isEmpty()) {
        throw BomValidator.orphan(this.items.get(i), header.product());
      }
      childStart[i + 1] += childStart[i];
    }
    child = new int[this.edges.size()];
    quantity = new double[this.edges.size()];
    int[] fill = Arrays.copyOf(childStart, n);
    for (BomEdge e : this.edges) {
      int slot = fill[index.get(e.parent())]++;
      child[slot] = index.get(e.child());
      quantity[slot] = e.quantity();
    }
    topological = sort(parentEdges);
  }

  /** Validates and indexes a bill; see the class comment for what is rejected. */
  public static Bom of(BomHeader header, List<BomItem> items, List<BomEdge> edges) {
    return new Bom(header, items, edges);
  }

  private int[] sort(List<List<BomEdge>> parentEdges) {
    int n = items.size();
    int[] pending = new int[n];
    for (int i = 0; i < n; i++) {
      pending[i] = parentEdges.get(i).size();
    }
    int[] order = new int[n];
    boolean[] ordered = new boolean[n];
    int head = 0;
    int tail = 0;
    order[tail++] = root;
    ordered[root] = true;
    while (head < tail) {
      int p = order[head++];
      for (int e = childStart[p]; e < childStart[p + 1]; e++) {
        int c = child[e];
        if (--pending[c] == 0) {
          order[tail++] = c;
          ordered[c] = true;
        }
      }
    }
    if (tail < n) {
      throw BomValidator.cycle(items, index, parentEdges, ordered);
    }
    return order;
  }

  public BomHeader header() {
    return header;
  }

  /** Number of items. */
  public int size() {
    return items.size();
  }

  public BomItem item(int i) {
    return items.get(i);
  }

  public List<BomItem> items() {
    return items;
  }

  public List<BomEdge> edges() {
    return edges;
  }

  /** Index of the item with this part number, or -1. */
  public int indexOf(String partNumber) {
    return index.getOrDefault(partNumber, -1);
  }

  /** Index of the end product. */
  public int root() {
    return root;
  }

  public BomItem product() {
    return items.get(root);
  }

  /** First slot of item {@code i}'s children; the slots run to {@link #childEnd(int)}. */
  public int childStart(int i) {
    return childStart[i];
  }

  public int childEnd(int i) {
    return childStart[i + 1];
  }

  /** The item in child slot {@code slot}. */
  public int child(int slot) {
    return child[slot];
  }

  /** Number of components of item {@code i}. */
  public int childCount(int i) {
    return childStart[i + 1] - childStart[i];
  }

  /** Units of the child in slot {@code slot} per unit of its parent. */
  public double quantity(int slot) {
    return quantity[slot];
  }

  /** True for a bought part: an item with no components. */
  public boolean isLeaf(int i) {
    return childStart[i] == childStart[i + 1];
  }

  /** The {@code k}-th item in topological order: the product first, each item after its users. */
  public int topologicalAt(int k) {
    return topological[k];
  }

  /**
   * Units of each item in one unit of the end product, summed over every path (an item used in two
   * assemblies counts twice). Indexed like the items.
   */
  public double[] extendedQuantities() {
    double[] q = new double[items.size()];
    q[root] = 1;
    for (int k = 0; k < topological.length; k++) {
      int p = topological[k];
      for (int e = childStart[p]; e < childStart[p + 1]; e++) {
        q[child[e]] += q[p] * quantity[e];
      }
    }
    return q;
  }

  /** The edges in which each item is the child, for explanations; built on demand. */
  public List<List<Integer>> parents() {
    List<List<Integer>> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(new ArrayList<>(1));
    }
    for (int p = 0; p < items.size(); p++) {
      for (int e = childStart[p]; e < childStart[p + 1]; e++) {
        out.get(child[e]).add(p);
      }
    }
    out.replaceAll(Collections::unmodifiableList);
    return Collections.unmodifiableList(out);
  }
}
