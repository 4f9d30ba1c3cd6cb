package org.techsov.core.embargo;

import java.util.List;

/** Words for why a node is blocked, for reports. */
final class EmbargoReasons {
  private EmbargoReasons() {}

  /** Why a source (or any node) is blocked, naming the first missing input when propagated. */
  static String why(SupplierGraph g, Propagation p, int v) {
    String name = g.label(v);
    switch (p.cause(v)) {
      case COUNTRY:
        return name + ": " + g.country(v) + " cut";
      case SUPPLIER:
        return name + ": supplier " + g.supplier(v) + " cut";
      case NOT_YET_AVAILABLE:
        return name + ": not qualified until " + g.availableFrom(v);
      default:
        for (int k = g.children.start[v]; k < g.children.start[v + 1]; k++) {
          int c = g.children.targets[k];
          if (p.isBlocked(c)) {
            return name + ": needs " + describe(g, p, c);
          }
        }
        return name + ": blocked";
    }
  }

  private static String describe(SupplierGraph g, Propagation p, int c) {
    if (g.kind[c] == NodeKind.OPERATION.ordinal()) {
      return g.label(c) + " in " + g.country(c) + ", cut";
    }
    return g.label(c);
  }

  /** Adds up to {@code max} blocked inputs of a product (the parts it lacks). */
  static void missing(SupplierGraph g, Propagation p, int v, List<String> out, int max) {
    if (p.cause(v) != BlockCause.PROPAGATED) {
      out.add(why(g, p, v));
      return;
    }
    for (int k = g.children.start[v]; k < g.children.start[v + 1] && out.size() < max; k++) {
      int s = g.children.targets[k];
      for (int j = g.children.start[s]; j < g.children.start[s + 1] && out.size() < max; j++) {
        int c = g.children.targets[j];
        if (p.isBlocked(c)) {
          out.add("lacks " + describe(g, p, c));
        }
      }
      if (p.cause(s) != BlockCause.PROPAGATED && out.size() < max) {
        out.add(why(g, p, s));
      }
    }
  }
}
