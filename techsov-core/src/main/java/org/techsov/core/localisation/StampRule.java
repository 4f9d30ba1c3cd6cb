package org.techsov.core.localisation;

import java.util.Set;
import org.techsov.core.bom.OperationTypes;

/**
 * When a product counts as a "stamp on the box": it claims the territory, or has operations there,
 * but every in-territory operation is superficial and domestic bought parts are a small share of
 * the bought parts' value. The flag is raised whatever the nominal score.
 *
 * @param superficialOperations operations that alone do not localise a product
 * @param maxDomesticMaterialShare percentage of bought parts' value made in the territory below
 *     which the product is still flagged (a heuristic; 10 by default)
 */
public record StampRule(Set<String> superficialOperations, double maxDomesticMaterialShare) {
  public StampRule {
    superficialOperations = Set.copyOf(superficialOperations);
  }

  /** Assembly, packing, branding, labelling and kitting are superficial; 10 % of bought parts. */
  public static StampRule defaults() {
    return new StampRule(OperationTypes.SUPERFICIAL, 10);
  }
}
