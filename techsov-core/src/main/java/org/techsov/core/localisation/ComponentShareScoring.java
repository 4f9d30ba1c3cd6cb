package org.techsov.core.localisation;

import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomItem;

/**
 * Buy American's component test: the cost of the end product's domestic components over the cost of
 * all its components, times 100. A component is domestic when it is made in the territory, whatever
 * its own sub-components; only the end product's direct components are weighed.
 */
final class ComponentShareScoring {
  private ComponentShareScoring() {}

  static double score(ScoringContext ctx) {
    Bom bom = ctx.bom;
    int root = bom.root();
    double domestic = 0;
    double all = 0;
    for (int e = bom.childStart(root); e < bom.childEnd(root); e++) {
      int c = bom.child(e);
      double cost = bom.quantity(e) * ctx.value[c];
      all += cost;
      BomItem item = bom.item(c);
      if (ctx.domestic[c]) {
        domestic += cost;
        ctx.add(
            ExplanationKind.COMPONENT_DOMESTIC, item.partNumber(), cost, ctx.where(item.origin()));
      } else {
        ctx.add(
            ExplanationKind.COMPONENT_FOREIGN, item.partNumber(), cost, ctx.where(item.origin()));
      }
    }
    double score = all == 0 ? 0 : 100 * domestic / all;
    ctx.add(
        ExplanationKind.FORMULA,
        ScoringMethod.COMPONENT_COST_SHARE.name(),
        score,
        ValueShareScoring.format(
            "domestic components / all components = %.2f / %.2f %s", domestic, all, ctx.currency));
    return score;
  }
}
