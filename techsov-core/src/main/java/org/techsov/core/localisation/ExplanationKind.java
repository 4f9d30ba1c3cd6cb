package org.techsov.core.localisation;

/** The kind of an explanation line. */
public enum ExplanationKind {
  POINTS_AWARDED,
  POINTS_REFUSED,
  MULTIPLIER,
  COMPONENT_DOMESTIC,
  COMPONENT_FOREIGN,
  CONDITION_MET,
  CONDITION_FAILED,
  FORMULA,
  LEVEL,
  STAMP_ON_THE_BOX
}
