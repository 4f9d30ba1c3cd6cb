package org.techsov.core.programme;

/** Whose value a technology metric gives. */
public enum MetricRole {
  /** the country's own current status */
  DOMESTIC,
  /** a peer's current status, e.g. the world frontier */
  PEER,
  /** a point on the frontier's history (node reached in a year), to measure the historic pace */
  FRONTIER_HISTORY
}
