package org.techsov.core.programme;

/** How a source qualifies a number. */
public enum Qualifier {
  /** stated as is */
  EXACT,
  /** "about", "nearly", "some" */
  ABOUT,
  /** "more than", "over", "exceeded" */
  MORE_THAN,
  /** "less than", "under" */
  LESS_THAN,
  /** "30 to 50": value is the low end, upper the high end */
  RANGE
}
