package org.techsov.core.embargo;

import java.time.LocalDate;
import java.util.Arrays;

/** Builds an {@link EmbargoReport} from an evaluated scenario, in primitive arrays. */
final class ReportBuilder {
  private final SupplierGraph g;
  private final BlockState st;

  private ReportBuilder(SupplierGraph g, BlockState st) {
    this.g = g;
    this.st = st;
  }

  static EmbargoReport build(
      SupplierGraph g, EmbargoScenario scenario, LocalDate asOf, BlockState st) {
    return new ReportBuilder(g, st).build(scenario, asOf);
  }

  private EmbargoReport build(EmbargoScenario scenario, LocalDate asOf) {
    IntList products = new IntList(16);
    double atRisk = 0;
    double total = 0;
    for (int p : g.products) {
      total += g.value[p];
      if (st.isBlocked(p)) {
        atRisk += g.value[p];
        products.add(p);
      }
    }
    IntList parts = new IntList(64);
    st.forEachBlocked(
        v -> {
          if (g.kind[v] != NodeKind.SOURCE.ordinal() && g.any[v] && bitesHere(v)) {
            parts.add(v);
          }
        });
    int[] partNodes = parts.toArray();
    Arrays.sort(partNodes);
    return new EmbargoReport(
        g,
        scenario,
        asOf,
        st.blockedCount(),
        new double[] {atRisk, total},
        causes(products.toArray()),
        causes(partNodes));
  }

  /** True if the part is cut itself, or one of its sources is cut or has a cut operation. */
  private boolean bitesHere(int part) {
    if (st.cause(part) != BlockCause.PROPAGATED) {
      return true;
    }
    for (int k = g.children.start[part]; k < g.children.start[part + 1]; k++) {
      int s = g.children.targets[k];
      if (st.cause(s) != BlockCause.PROPAGATED || hasCutOperation(s)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasCutOperation(int source) {
    for (int k = g.children.start[source]; k < g.children.start[source + 1]; k++) {
      int c = g.children.targets[k];
      if (g.kind[c] == NodeKind.OPERATION.ordinal() && st.isBlocked(c)) {
        return true;
      }
    }
    return false;
  }

  /** The blockage of every blocked child of each node, in flat arrays. */
  private EmbargoReport.Causes causes(int[] nodes) {
    int[] start = new int[nodes.length + 1];
    for (int i = 0; i < nodes.length; i++) {
      int blocked = 0;
      for (int k = g.children.start[nodes[i]]; k < g.children.start[nodes[i] + 1]; k++) {
        blocked += st.isBlocked(g.children.targets[k]) ? 1 : 0;
      }
      start[i + 1] = start[i] + blocked;
    }
    int[] child = new int[start[nodes.length]];
    byte[] cause = new byte[child.length];
    int[] input = new int[child.length];
    int slot = 0;
    for (int v : nodes) {
      for (int k = g.children.start[v]; k < g.children.start[v + 1]; k++) {
        int c = g.children.targets[k];
        if (st.isBlocked(c)) {
          child[slot] = c;
          cause[slot] = (byte) st.cause(c).ordinal();
          input[slot++] = firstBlockedInput(c);
        }
      }
    }
    return new EmbargoReport.Causes(nodes, start, child, cause, input);
  }

  private int firstBlockedInput(int v) {
    if (st.cause(v) != BlockCause.PROPAGATED) {
      return -1;
    }
    for (int k = g.children.start[v]; k < g.children.start[v + 1]; k++) {
      if (st.isBlocked(g.children.targets[k])) {
        return g.children.targets[k];
      }
    }
    return -1;
  }
}
