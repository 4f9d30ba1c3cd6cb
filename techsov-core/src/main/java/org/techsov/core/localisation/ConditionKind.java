package org.techsov.core.localisation;

/** What a mandatory condition checks. */
public enum ConditionKind {
  /** The operation named by the argument is performed in the territory on some item. */
  OPERATION_IN_TERRITORY,
  /** The bill's header attests the id named by the argument (e.g. a service centre). */
  ATTESTATION,
  /** Some component whose HS code starts with the argument is made in the territory. */
  DOMESTIC_COMPONENT,
  /** Foreign bought parts are at most {@code limit} percent of all bought parts' value. */
  MAX_FOREIGN_MATERIAL_SHARE,
  /** The end product's country of origin is in the territory ("manufactured in"). */
  PRODUCT_MADE_IN_TERRITORY
}
