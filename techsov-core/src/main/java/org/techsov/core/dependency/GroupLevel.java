package org.techsov.core.dependency;

/** How products are grouped in a dependency analysis. */
public enum GroupLevel {
  /** HS subheading (6 digits). */
  HS6,
  /** HS heading (4 digits). */
  HS4,
  /** HS chapter (2 digits). */
  HS2,
  /** Technology area; a product counts in every area it belongs to. */
  AREA
}
