package org.techsov.core.embargo;

/** Why a node is unavailable in a scenario. */
public enum BlockCause {
  /** Something it needs is unavailable. */
  PROPAGATED,
  /** It is in a cut country. */
  COUNTRY,
  /** Its supplier is cut. */
  SUPPLIER,
  /** It is not usable yet on the date (a substitute still being qualified). */
  NOT_YET_AVAILABLE
}
