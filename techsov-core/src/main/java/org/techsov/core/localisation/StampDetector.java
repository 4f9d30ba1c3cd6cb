package org.techsov.core.localisation;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.Operation;

/**
 * "That they put a stamp on the box doesn't mean that what's inside is made in the country": flags
 * a product that claims the territory (or has operations there) when every in-territory operation
 * is superficial and domestic bought parts are a small share of the bought parts' value.
 */
final class StampDetector {
  private StampDetector() {}

  static boolean isStampOnTheBox(ScoringContext ctx) {
    StampRule rule = ctx.rules.stamp();
    Set<String> local = new TreeSet<>();
    for (BomItem item : ctx.bom.items()) {
      for (Operation op : item.operations()) {
        if (ctx.inTerritory(op.country())) {
          local.add(op.type());
        }
      }
    }
    boolean claims = ctx.domestic[ctx.bom.root()] || !local.isEmpty();
    Set<String> substantive = new TreeSet<>(local);
    substantive.removeAll(rule.superficialOperations());
    double domesticParts = Materials.domesticLeafShare(ctx);
    boolean flagged =
        claims && substantive.isEmpty() && domesticParts < rule.maxDomesticMaterialShare();
    if (flagged) {
      ctx.add(
          ExplanationKind.STAMP_ON_THE_BOX,
          ctx.bom.product().partNumber(),
          domesticParts,
          String.format(
              Locale.ROOT,
              "only %s done in the territory and %.2f%% of bought parts made there (< %.0f%%)",
              local.isEmpty() ? "nothing (origin claimed)" : String.join(", ", local),
              domesticParts,
              rule.maxDomesticMaterialShare()));
    }
    return flagged;
  }
}
