package org.techsov.core.programme;

/** Which side of a level a target or claim wants to be on. */
public enum Comparison {
  /** the value must reach the level or exceed it */
  AT_LEAST,
  /** the value must fall to the level or below it */
  AT_MOST;

  /** True if {@code value} satisfies the comparison against {@code level}. */
  public boolean holds(double value, double level) {
    return this == AT_LEAST ? value >= level : value <= level;
  }

  public String symbol() {
    return this == AT_LEAST ? ">=" : "<=";
  }
}
