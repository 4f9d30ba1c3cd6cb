package org.techsov.core.embargo;

/** What a node of a supplier graph stands for. */
public enum NodeKind {
  /** An end product: what the report counts as blocked or not. */
  PRODUCT,
  /** A part or assembly, available through any one of its sources. */
  PART,
  /** One way of getting a part: a supplier in a country, needing all its inputs. */
  SOURCE,
  /** An operation done in a country (wafer fabrication in Taiwan), needed by a source. */
  OPERATION
}
