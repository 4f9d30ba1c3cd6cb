package org.techsov.core.programme;

/** How precisely a source dates a figure. */
public enum DatePrecision {
  /** {@code 2021-06-15} */
  DAY,
  /** {@code 2021-06} */
  MONTH,
  /** {@code 2021-Q4} */
  QUARTER,
  /** {@code 2023-H1} */
  HALF,
  /** {@code 2021} */
  YEAR,
  /** {@code 2026/2028}: a span of whole years, both ends included */
  YEARS
}
