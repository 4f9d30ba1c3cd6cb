package org.techsov.core.localisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.techsov.core.bom.Bom;

/**
 * Scores a bill of materials under a rule set at a date: the score, the level reached, pass or
 * fail, the "stamp on the box" flag, and (on request) an explanation of every point and component.
 * Runs in time linear in the bill's items, edges and operations.
 */
public final class LocalisationScorer {
  private LocalisationScorer() {}

  /** Scores under the version of {@code rules} in force on {@code date}. */
  public static LocalisationResult score(
      Bom bom, RuleSet rules, LocalDate date, ScoringOptions options) {
    return score(bom, rules.id(), rules.versionAt(date), date, options);
  }

  /** Scores under one version; {@code ruleSetId} only labels the result. */
  public static LocalisationResult score(
      Bom bom, String ruleSetId, RuleSetVersion version, LocalDate date, ScoringOptions options) {
    Objects.requireNonNull(date, "date");
    ScoringContext ctx = new ScoringContext(bom, version, date, options);
    double score =
        switch (version.method()) {
          case POINTS -> PointsScoring.score(ctx);
          case BUILD_DOWN, BUILD_UP, NET_COST -> ValueShareScoring.score(ctx, options.currencies());
          case COMPONENT_COST_SHARE -> ComponentShareScoring.score(ctx);
        };
    boolean conditions = Conditions.allHold(ctx);
    String level = level(ctx, score);
    OptionalDouble threshold = ctx.threshold();
    boolean meets =
        threshold.isPresent()
            ? version.comparison().meets(score, threshold.getAsDouble())
            : level != null;
    explainThreshold(ctx, score, threshold, meets);
    boolean stamp = StampDetector.isStampOnTheBox(ctx);
    return new LocalisationResult(
        bom.header().id(),
        ruleSetId,
        date,
        version.effectiveFrom(),
        version.method(),
        score,
        threshold,
        level,
        meets && conditions,
        stamp,
        version.illustrative(),
        ctx.currency,
        new ArrayList<>(ctx.lines()));
  }

  private static String level(ScoringContext ctx, double score) {
    String reached = null;
    List<Level> levels = ctx.rules.levels();
    for (Level l : levels) {
      OptionalDouble min = l.minimum().valueAt(ctx.date);
      if (min.isEmpty()) {
        continue;
      }
      boolean ok = ctx.rules.comparison().meets(score, min.getAsDouble());
      ctx.add(
          ExplanationKind.LEVEL,
          l.name(),
          min.getAsDouble(),
          (ok ? "reached: " : "not reached: ")
              + ValueShareScoring.format("%.2f", score)
              + (ok ? " " : " not ")
              + ctx.rules.comparison().symbol()
              + " "
              + min.getAsDouble()
              + (l.note().isEmpty() ? "" : " (" + l.note() + ")"));
      if (ok) {
        reached = l.name();
      }
    }
    return reached;
  }

  private static void explainThreshold(
      ScoringContext ctx, double score, OptionalDouble threshold, boolean meets) {
    if (threshold.isEmpty()) {
      return;
    }
    ctx.add(
        ExplanationKind.FORMULA,
        "threshold",
        threshold.getAsDouble(),
        ValueShareScoring.format("score %.2f ", score)
            + (meets ? "meets " : "does not meet ")
            + ctx.rules.comparison().symbol()
            + " "
            + threshold.getAsDouble()
            + " in force on "
            + ctx.date);
  }
}
