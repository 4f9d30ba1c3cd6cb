package org.techsov.core.localisation;

import java.util.Locale;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.Operation;

/** Checks a rule set's mandatory conditions, explaining each. */
final class Conditions {
  private Conditions() {}

  /** True if every condition holds. */
  static boolean allHold(ScoringContext ctx) {
    boolean all = true;
    for (MandatoryCondition c : ctx.rules.mandatory()) {
      String why = check(ctx, c);
      boolean ok = why.startsWith("+");
      all &= ok;
      ctx.add(
          ok ? ExplanationKind.CONDITION_MET : ExplanationKind.CONDITION_FAILED,
          c.id(),
          0,
          why.substring(1) + (c.description().isEmpty() ? "" : " [" + c.description() + "]"));
    }
    return all;
  }

  /** A reason prefixed with '+' when the condition holds and '-' when it does not. */
  private static String check(ScoringContext ctx, MandatoryCondition c) {
    switch (c.kind()) {
      case OPERATION_IN_TERRITORY:
        return operation(ctx, c.argument());
      case ATTESTATION:
        return ctx.bom.header().attestations().contains(c.argument())
            ? "+attested by the bill"
            : "-not attested by the bill (attestation '" + c.argument() + "')";
      case DOMESTIC_COMPONENT:
        return component(ctx, c.argument());
      case MAX_FOREIGN_MATERIAL_SHARE:
        double share = Materials.foreignLeafShare(ctx);
        String text =
            String.format(Locale.ROOT, "foreign bought parts %.2f%% of value", share)
                + " (limit "
                + c.limit()
                + "%)";
        return (share <= c.limit() + 1e-9 ? "+" : "-") + text;
      case PRODUCT_MADE_IN_TERRITORY:
        BomItem p = ctx.bom.product();
        return (ctx.domestic[ctx.bom.root()] ? "+" : "-") + "end product " + ctx.where(p.origin());
      default:
        throw new IllegalStateException("unhandled condition kind " + c.kind());
    }
  }

  private static String operation(ScoringContext ctx, String type) {
    for (int i : ctx.itemsWith(type)) {
      for (Operation op : ctx.bom.item(i).operations()) {
        if (op.type().equals(type) && ctx.inTerritory(op.country())) {
          return "+" + type + " done in " + op.country() + " on " + ctx.part(i);
        }
      }
    }
    return "-" + type + " not done in the territory";
  }

  private static String component(ScoringContext ctx, String hsPrefix) {
    for (int i = 0; i < ctx.bom.size(); i++) {
      BomItem item = ctx.bom.item(i);
      if (i != ctx.bom.root()
          && item.hsCode() != null
          && item.hsCode().code().startsWith(hsPrefix)
          && ctx.domestic[i]) {
        return "+" + item.partNumber() + " (HS " + item.hsCode() + ") " + ctx.where(item.origin());
      }
    }
    return "-no component with HS code " + hsPrefix + "* made in the territory";
  }
}
