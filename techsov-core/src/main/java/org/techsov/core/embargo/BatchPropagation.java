package org.techsov.core.embargo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Evaluates up to 64 scenarios in one pass over the graph: bit {@code s} of a node's word says
 * whether scenario {@code s} blocks it. Each country and supplier gets a bitset of the scenarios
 * that cut it; nodes are then visited once in reverse topological order (children first), an {@link
 * Gate#ALL} node taking the OR of its children's words and an {@link Gate#ANY} node the AND. The
 * topological order and adjacency are the graph's, computed once; the word array is reused between
 * batches.
 */
final class BatchPropagation {
  static final int WIDTH = 64;

  private final SupplierGraph g;
  private final long[] words;
  private long[] countryMask;
  private Map<Integer, Long> supplierMask;
  private long allMask;
  private int day;

  BatchPropagation(SupplierGraph g) {
    this.g = g;
    this.words = new long[g.size()];
  }

  /** Evaluates {@code scenarios} (at most 64) as at {@code asOf}. */
  void run(List<EmbargoScenario> scenarios, LocalDate asOf) {
    if (scenarios.size() > WIDTH) {
      throw new IllegalArgumentException("at most " + WIDTH + " scenarios per batch");
    }
    countryMask = new long[g.countries.size()];
    supplierMask = new HashMap<>();
    allMask = scenarios.isEmpty() ? 0 : -1L >>> (WIDTH - scenarios.size());
    for (int s = 0; s < scenarios.size(); s++) {
      EmbargoScenario sc = scenarios.get(s);
      if (!sc.isInForceOn(asOf)) {
        continue;
      }
      long bit = 1L << s;
      for (var c : sc.countries()) {
        Integer id = g.countryIndex.get(c);
        if (id != null) {
          countryMask[id] |= bit;
        }
      }
      for (String name : sc.suppliers()) {
        Integer id = g.supplierIndex.get(name);
        if (id != null) {
          supplierMask.merge(id, bit, (a, b) -> a | b);
        }
      }
    }
    day = (int) asOf.toEpochDay();
    int[] start = g.children.start;
    int[] targets = g.children.targets;
    for (int k = g.topological.length - 1; k >= 0; k--) {
      int v = g.topological[k];
      long w = self(v);
      int from = start[v];
      int to = start[v + 1];
      if (from < to) {
        if (g.any[v]) {
          long all = -1L;
          for (int e = from; e < to; e++) {
            all &= words[targets[e]];
          }
          w |= all;
        } else {
          for (int e = from; e < to; e++) {
            w |= words[targets[e]];
          }
        }
      }
      words[v] = w & allMask;
    }
  }

  private long self(int v) {
    long w = 0;
    if (g.country[v] >= 0) {
      w |= countryMask[g.country[v]];
    }
    if (g.supplier[v] >= 0 && !supplierMask.isEmpty()) {
      w |= supplierMask.getOrDefault(g.supplier[v], 0L);
    }
    if (g.availableFrom[v] != SupplierGraph.ALWAYS && g.availableFrom[v] > day) {
      w |= allMask;
    }
    return w;
  }

  /** The result of scenario {@code s} of the last batch. */
  BlockState view(int s) {
    long bit = 1L << s;
    return new BlockState() {
      private int count = -1;

      @Override
      public boolean isBlocked(int v) {
        return (words[v] & bit) != 0;
      }

      @Override
      public BlockCause cause(int v) {
        // the same precedence as the incremental propagation, which seeds in this order
        if (g.availableFrom[v] != SupplierGraph.ALWAYS && g.availableFrom[v] > day) {
          return BlockCause.NOT_YET_AVAILABLE;
        }
        if (g.country[v] >= 0 && (countryMask[g.country[v]] & bit) != 0) {
          return BlockCause.COUNTRY;
        }
        if (g.supplier[v] >= 0 && (supplierMask.getOrDefault(g.supplier[v], 0L) & bit) != 0) {
          return BlockCause.SUPPLIER;
        }
        return BlockCause.PROPAGATED;
      }

      @Override
      public int blockedCount() {
        if (count < 0) {
          int c = 0;
          for (long w : words) {
            c += (w & bit) != 0 ? 1 : 0;
          }
          count = c;
        }
        return count;
      }

      @Override
      public void forEachBlocked(IntConsumer action) {
        for (int v = 0; v < words.length; v++) {
          if ((words[v] & bit) != 0) {
            action.accept(v);
          }
        }
      }
    };
  }
}
