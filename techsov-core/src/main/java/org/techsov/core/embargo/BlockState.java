package org.techsov.core.embargo;

/** Which nodes one evaluated scenario blocks, and why. */
interface BlockState {
  boolean isBlocked(int node);

  /** Why the node is blocked; only meaningful when it is. */
  BlockCause cause(int node);

  /** Number of blocked nodes. */
  int blockedCount();

  /** Visits every blocked node, in no particular order. */
  void forEachBlocked(java.util.function.IntConsumer action);
}
