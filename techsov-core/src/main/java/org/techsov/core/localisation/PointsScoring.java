package org.techsov.core.localisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.Operation;

/** Decree 719-style points: in-territory operations, domestic components, multipliers. */
final class PointsScoring {
  private PointsScoring() {}

  static double score(ScoringContext ctx) {
    PointsTable table = ctx.rules.points();
    double total = 0;
    Set<String> listed = new HashSet<>();
    for (OperationPoints rule : table.operations()) {
      listed.add(rule.operation());
      total += operation(ctx, rule);
    }
    for (ComponentPoints rule : table.components()) {
      total += component(ctx, rule);
    }
    if (ctx.explaining()) {
      unlisted(ctx, listed);
      Materials.explainLeaves(ctx);
    }
    for (Multiplier m : table.multipliers()) {
      if (ctx.bom.header().attestations().contains(m.attestation())) {
        total *= m.factor();
        ctx.add(ExplanationKind.MULTIPLIER, m.attestation(), m.factor(), "applied: " + m.note());
      } else {
        ctx.add(ExplanationKind.MULTIPLIER, m.attestation(), 1, "not applied: not attested");
      }
    }
    return total;
  }

  private static double operation(ScoringContext ctx, OperationPoints rule) {
    String outside = null;
    for (int i : ctx.itemsWith(rule.operation())) {
      BomItem item = ctx.bom.item(i);
      if (!matches(item, rule.itemHsPrefix())) {
        continue;
      }
      for (Operation op : item.operations()) {
        if (!op.type().equals(rule.operation())) {
          continue;
        }
        if (ctx.inTerritory(op.country())) {
          ctx.add(
              ExplanationKind.POINTS_AWARDED,
              rule.operation(),
              rule.points(),
              "done in " + op.country() + " on " + item.partNumber() + suffix(rule.note()));
          return rule.points();
        }
        outside = outside == null ? op.country() + " on " + item.partNumber() : outside;
      }
    }
    String why =
        outside == null
            ? "not performed on any item" + scope(rule.itemHsPrefix())
            : "done in " + outside + ", outside the territory";
    ctx.add(ExplanationKind.POINTS_REFUSED, rule.operation(), rule.points(), why);
    return 0;
  }

  private static double component(ScoringContext ctx, ComponentPoints rule) {
    List<String> foreign = new ArrayList<>();
    int matched = 0;
    for (int i = 0; i < ctx.bom.size(); i++) {
      BomItem item = ctx.bom.item(i);
      if (i == ctx.bom.root() || !matches(item, rule.hsPrefix())) {
        continue;
      }
      matched++;
      if (!ctx.domestic[i]) {
        foreign.add(item.partNumber() + " " + ctx.where(item.origin()));
      }
    }
    boolean ok = matched > 0 && (rule.requireAll() ? foreign.isEmpty() : foreign.size() < matched);
    String why =
        matched == 0
            ? "no component with HS code " + rule.hsPrefix() + "*"
            : ok
                ? matched - foreign.size() + " of " + matched + " made in the territory"
                : "foreign: " + String.join(", ", foreign);
    ctx.add(
        ok ? ExplanationKind.POINTS_AWARDED : ExplanationKind.POINTS_REFUSED,
        rule.label(),
        rule.points(),
        why + suffix(rule.note()));
    return ok ? rule.points() : 0;
  }

  /** Lists in-territory operations the table does not reward, so the refusal is visible. */
  private static void unlisted(ScoringContext ctx, Set<String> listed) {
    Set<String> seen = new HashSet<>();
    for (BomItem item : ctx.bom.items()) {
      for (Operation op : item.operations()) {
        if (!listed.contains(op.type()) && ctx.inTerritory(op.country()) && seen.add(op.type())) {
          ctx.add(
              ExplanationKind.POINTS_REFUSED,
              op.type(),
              0,
              "done in " + op.country() + " on " + item.partNumber() + ", but earns no points");
        }
      }
    }
  }

  private static boolean matches(BomItem item, String hsPrefix) {
    return hsPrefix == null
        || hsPrefix.isEmpty()
        || (item.hsCode() != null && item.hsCode().code().startsWith(hsPrefix));
  }

  private static String scope(String hsPrefix) {
    return hsPrefix == null || hsPrefix.isEmpty() ? "" : " with HS code " + hsPrefix + "*";
  }

  private static String suffix(String note) {
    return note.isEmpty() ? "" : " (" + note + ")";
  }
}
