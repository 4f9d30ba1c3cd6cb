package org.techsov.core.localisation;

import java.util.Locale;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.bom.Valuation;
import org.techsov.core.error.TechsovException;

/**
 * Regional value content by build-down {@code (AV - VNM)/AV}, build-up {@code VOM/AV} and net cost
 * {@code (NC - VNM)/NC}, each times 100. AV is the bill's transaction value, or the end product's
 * unit value when none is given; NC must be given for the net-cost method.
 */
final class ValueShareScoring {
  private ValueShareScoring() {}

  static double score(ScoringContext ctx, CurrencyTable table) {
    double threshold = ctx.threshold().orElse(lowestLevel(ctx));
    Materials m = Materials.trace(ctx, ctx.rules.rollUp(), threshold);
    int root = ctx.bom.root();
    double vnm = m.nonOriginating[root];
    double vom = m.originating[root];
    Valuation valuation = ctx.bom.header().valuation();
    double score;
    String formula;
    if (ctx.rules.method() == ScoringMethod.NET_COST) {
      if (valuation.netCost() == null) {
        throw TechsovException.invalidArgument(
            "bill "
                + ctx.bom.header().id()
                + " gives no net cost (valuation.net_cost), which rule set method NET_COST needs");
      }
      double nc = ctx.headerAmount(valuation.netCost(), table);
      score = 100 * (nc - vnm) / nc;
      formula = format("(NC - VNM) / NC = (%.2f - %.2f) / %.2f", nc, vnm, nc);
    } else {
      double av =
          valuation.transactionValue() == null
              ? ctx.value[root]
              : ctx.headerAmount(valuation.transactionValue(), table);
      if (!(av > 0)) {
        throw TechsovException.invalidArgument(
            "bill " + ctx.bom.header().id() + ": the transaction value must be > 0");
      }
      if (ctx.rules.method() == ScoringMethod.BUILD_UP) {
        score = 100 * vom / av;
        formula = format("VOM / AV = %.2f / %.2f", vom, av);
      } else {
        score = 100 * (av - vnm) / av;
        formula = format("(AV - VNM) / AV = (%.2f - %.2f) / %.2f", av, vnm, av);
      }
    }
    ctx.add(
        ExplanationKind.FORMULA,
        ctx.rules.method().name(),
        score,
        formula + " " + ctx.currency + (ctx.rules.rollUp() ? ", with roll-up" : ", no roll-up"));
    if (ctx.explaining()) {
      m.explain(ctx);
    }
    return score;
  }

  private static double lowestLevel(ScoringContext ctx) {
    return ctx.rules.levels().isEmpty()
        ? Double.NaN
        : ctx.rules.levels().get(0).minimum().valueAt(ctx.date).orElse(Double.NaN);
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
