package org.techsov.core.localisation;

import java.util.Locale;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomItem;

/**
 * Traces the value of materials through the bill, per unit of each item, in the base currency.
 *
 * <p>A bought part (leaf) is originating when it is made in the territory; an undetermined origin
 * is non-originating. An assembly made outside the territory is non-originating as a whole: what is
 * inside it was never in the territory. An assembly made in the territory is looked into; with
 * roll-up, if its own build-down content meets the threshold it is an originating intermediate and
 * counts wholly as originating, so the non-originating materials used to make it are not counted.
 */
final class Materials {
  final double[] nonOriginating;
  final double[] originating;
  final boolean[] rolledUp;

  private Materials(int n) {
    nonOriginating = new double[n];
    originating = new double[n];
    rolledUp = new boolean[n];
  }

  /** Computes bottom-up, in reverse topological order; {@code threshold} NaN disables roll-up. */
  static Materials trace(ScoringContext ctx, boolean rollUp, double threshold) {
    Bom bom = ctx.bom;
    Materials m = new Materials(bom.size());
    boolean canRoll = rollUp && !Double.isNaN(threshold);
    for (int k = bom.size() - 1; k >= 0; k--) {
      int i = bom.topologicalAt(k);
      if (bom.isLeaf(i)) {
        continue;
      }
      double vnm = 0;
      double vom = 0;
      for (int e = bom.childStart(i); e < bom.childEnd(i); e++) {
        int c = bom.child(e);
        double q = bom.quantity(e);
        if (bom.isLeaf(c) || !ctx.domestic[c]) {
          vnm += ctx.domestic[c] ? 0 : q * ctx.value[c];
          vom += ctx.domestic[c] ? q * ctx.value[c] : 0;
        } else if (m.rolledUp[c]) {
          vom += q * ctx.value[c];
        } else {
          vnm += q * m.nonOriginating[c];
          vom += q * m.originating[c];
        }
      }
      m.nonOriginating[i] = vnm;
      m.originating[i] = vom;
      if (canRoll && i != bom.root() && ctx.domestic[i] && ctx.value[i] > 0) {
        double own = 100 * (ctx.value[i] - vnm) / ctx.value[i];
        m.rolledUp[i] = ctx.rules.comparison().meets(own, threshold);
      }
    }
    return m;
  }

  /** True when the trace looks inside item {@code i} rather than counting it as one material. */
  boolean isTraced(ScoringContext ctx, int i) {
    return i == ctx.bom.root() || (!ctx.bom.isLeaf(i) && ctx.domestic[i] && !rolledUp[i]);
  }

  /** Lists every counted material with its value per end product and why it counts as it does. */
  void explain(ScoringContext ctx) {
    Bom bom = ctx.bom;
    double[] reach = new double[bom.size()];
    reach[bom.root()] = 1;
    for (int k = 0; k < bom.size(); k++) {
      int p = bom.topologicalAt(k);
      if (reach[p] == 0 || !isTraced(ctx, p)) {
        continue;
      }
      for (int e = bom.childStart(p); e < bom.childEnd(p); e++) {
        reach[bom.child(e)] += reach[p] * bom.quantity(e);
      }
    }
    for (int k = 1; k < bom.size(); k++) {
      int i = bom.topologicalAt(k);
      if (reach[i] > 0 && !isTraced(ctx, i)) {
        line(ctx, i, reach[i] * ctx.value[i]);
      }
    }
  }

  private void line(ScoringContext ctx, int i, double amount) {
    BomItem item = ctx.bom.item(i);
    if (rolledUp[i]) {
      double own = 100 * (ctx.value[i] - nonOriginating[i]) / ctx.value[i];
      ctx.add(
          ExplanationKind.COMPONENT_DOMESTIC,
          item.partNumber(),
          amount,
          String.format(
              Locale.ROOT,
              "originating intermediate made in %s: its own content %.2f%% meets the threshold,"
                  + " so it counts wholly as originating (roll-up)",
              item.origin(),
              own));
    } else if (ctx.domestic[i]) {
      ctx.add(
          ExplanationKind.COMPONENT_DOMESTIC, item.partNumber(), amount, ctx.where(item.origin()));
    } else {
      String why =
          item.origin() == null
              ? "origin undetermined: counted as non-originating"
              : ctx.bom.isLeaf(i)
                  ? ctx.where(item.origin()) + ": non-originating"
                  : "assembly " + ctx.where(item.origin()) + ": whole value non-originating";
      ctx.add(ExplanationKind.COMPONENT_FOREIGN, item.partNumber(), amount, why);
    }
  }

  /** Explains bought parts only (no roll-up): used by the points method. */
  static void explainLeaves(ScoringContext ctx) {
    for (int k = 1; k < ctx.bom.size(); k++) {
      int i = ctx.bom.topologicalAt(k);
      if (ctx.bom.isLeaf(i)) {
        BomItem item = ctx.bom.item(i);
        ExplanationKind kind =
            ctx.domestic[i]
                ? ExplanationKind.COMPONENT_DOMESTIC
                : ExplanationKind.COMPONENT_FOREIGN;
        ctx.add(kind, item.partNumber(), ctx.extended[i] * ctx.value[i], ctx.where(item.origin()));
      }
    }
  }

  /** Percentage of bought parts' value (per end product) made outside the territory; 0 if none. */
  static double foreignLeafShare(ScoringContext ctx) {
    double[] t = leafTotals(ctx);
    return t[1] == 0 ? 0 : 100 * t[0] / t[1];
  }

  /** Percentage of bought parts' value made in the territory; 0 when there are no bought parts. */
  static double domesticLeafShare(ScoringContext ctx) {
    double[] t = leafTotals(ctx);
    return t[1] == 0 ? 0 : 100 * (t[1] - t[0]) / t[1];
  }

  private static double[] leafTotals(ScoringContext ctx) {
    double foreign = 0;
    double all = 0;
    for (int i = 0; i < ctx.bom.size(); i++) {
      if (ctx.bom.isLeaf(i) && i != ctx.bom.root()) {
        double v = ctx.extended[i] * ctx.value[i];
        all += v;
        foreign += ctx.domestic[i] ? 0 : v;
      }
    }
    return new double[] {foreign, all};
  }
}
