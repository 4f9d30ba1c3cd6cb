package org.techsov.core.embargo;

/** How a node depends on its children. A node with no children depends on nothing. */
public enum Gate {
  /** Available only if every child is (a source needs all its components and operations). */
  ALL,
  /** Available if any child is (a part needs one usable source). */
  ANY
}
