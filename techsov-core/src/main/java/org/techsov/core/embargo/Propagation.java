package org.techsov.core.embargo;

import java.time.LocalDate;

/**
 * Event-driven propagation of a cut through a supplier graph, reusing its buffers between
 * scenarios. Only the cut nodes and the nodes above them are touched: a node is blocked when it is
 * cut itself, when an {@link Gate#ALL} node loses any child, or when an {@link Gate#ANY} node loses
 * its last child. Marks carry the scenario's epoch number, so nothing is cleared between scenarios.
 */
final class Propagation implements BlockState {
  private final SupplierGraph g;
  private final int[] blockedEpoch;
  private final byte[] cause;
  private final int[] remainingEpoch;
  private final int[] remaining;
  private final int[] queue;
  private int epoch;
  private int blockedCount;

  Propagation(SupplierGraph g) {
    this.g = g;
    int n = g.size();
    blockedEpoch = new int[n];
    cause = new byte[n];
    remainingEpoch = new int[n];
    remaining = new int[n];
    queue = new int[n];
  }

  /** Runs a scenario as at {@code asOf}; results stay readable until the next run. */
  int run(EmbargoScenario s, LocalDate asOf) {
    epoch++;
    blockedCount = 0;
    int day = (int) asOf.toEpochDay();
    for (int v : g.late) {
      if (g.availableFrom[v] > day) {
        block(v, BlockCause.NOT_YET_AVAILABLE);
      }
    }
    if (s.isInForceOn(asOf)) {
      for (var c : s.countries()) {
        Integer id = g.countryIndex.get(c);
        if (id != null) {
          blockRow(g.byCountry, id, BlockCause.COUNTRY);
        }
      }
      for (String name : s.suppliers()) {
        Integer id = g.supplierIndex.get(name);
        if (id != null) {
          blockRow(g.bySupplier, id, BlockCause.SUPPLIER);
        }
      }
    }
    for (int head = 0; head < blockedCount; head++) {
      int v = queue[head];
      for (int k = g.parents.start[v]; k < g.parents.start[v + 1]; k++) {
        int p = g.parents.targets[k];
        if (blockedEpoch[p] != epoch && (!g.any[p] || decrement(p) == 0)) {
          block(p, BlockCause.PROPAGATED);
        }
      }
    }
    return blockedCount;
  }

  private void blockRow(Csr index, int row, BlockCause why) {
    for (int k = index.start[row]; k < index.start[row + 1]; k++) {
      block(index.targets[k], why);
    }
  }

  private void block(int v, BlockCause why) {
    if (blockedEpoch[v] != epoch) {
      blockedEpoch[v] = epoch;
      cause[v] = (byte) why.ordinal();
      queue[blockedCount++] = v;
    }
  }

  private int decrement(int p) {
    if (remainingEpoch[p] != epoch) {
      remainingEpoch[p] = epoch;
      remaining[p] = g.children.degree(p);
    }
    return --remaining[p];
  }

  @Override
  public boolean isBlocked(int v) {
    return blockedEpoch[v] == epoch;
  }

  @Override
  public BlockCause cause(int v) {
    return BlockCause.values()[cause[v]];
  }

  @Override
  public int blockedCount() {
    return blockedCount;
  }

  @Override
  public void forEachBlocked(java.util.function.IntConsumer action) {
    for (int k = 0; k < blockedCount; k++) {
      action.accept(queue[k]);
    }
  }
}
