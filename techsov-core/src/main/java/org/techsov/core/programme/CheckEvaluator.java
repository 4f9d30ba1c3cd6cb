package org.techsov.core.programme;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Classifies a check against dated readings and, where readings cannot settle it, a forecast.
 *
 * <ol>
 *   <li>Met: a reading dated on or before the deadline satisfies the check.
 *   <li>Deadline passed: readings on both sides are interpolated linearly at the deadline (met or
 *       off track); a first later reading that still fails means off track; a later one that
 *       succeeds cannot tell whether the deadline was kept (not measurable); with readings only
 *       before, a forecast below even odds means off track, otherwise not measurable.
 *   <li>Deadline ahead: the forecast's probability decides on track (at least 50%) or off track;
 *       without a forecast, not measurable.
 * </ol>
 *
 * Readings are dated at the middle of their reported period; the deadline is the end of its period.
 * Readings after the evaluation date are ignored.
 */
final class CheckEvaluator {
  private CheckEvaluator() {}

  static Verdict evaluate(
      Check check, List<Figure> observations, double now, Supplier<ForecastView> forecast) {
    List<Figure> readings =
        observations.stream()
            .filter(f -> f.asOf() != null && f.asOf().midpoint() <= now)
            .sorted(Comparator.comparingDouble(f -> f.asOf().midpoint()))
            .toList();
    double deadline = check.by().end();
    Figure before = null;
    Figure after = null;
    for (Figure f : readings) {
      if (f.asOf().midpoint() <= deadline) {
        if (holds(check, f)) {
          return Verdict.of(Status.MET, "reached: " + describe(f) + ", target " + target(check), f);
        }
        before = f;
      } else if (after == null) {
        after = f;
      }
    }
    if (deadline <= now) {
      return passed(check, before, after, forecast);
    }
    ForecastView view = forecast.get();
    if (!view.isAvailable()) {
      return before == null
          ? Verdict.of(Status.NOT_MEASURABLE, "no forecast: " + view.refusal())
          : Verdict.of(
              Status.NOT_MEASURABLE,
              "latest " + describe(before) + "; no forecast: " + view.refusal(),
              before);
    }
    Status status = view.probability() >= 0.5 ? Status.ON_TRACK : Status.OFF_TRACK;
    return before == null
        ? Verdict.of(status, view.describe(check))
        : Verdict.of(status, "latest " + describe(before) + "; " + view.describe(check), before);
  }

  private static Verdict passed(
      Check check, Figure before, Figure after, Supplier<ForecastView> forecast) {
    if (before != null && after != null) {
      double t0 = before.asOf().midpoint();
      double t1 = after.asOf().midpoint();
      double atDeadline =
          before.value() + (after.value() - before.value()) * (check.by().end() - t0) / (t1 - t0);
      String between =
          "about "
              + Quantity.format(round(atDeadline))
              + " at the deadline on the line between "
              + describe(before)
              + " and "
              + describe(after)
              + ", target "
              + target(check);
      boolean met = check.comparison().holds(atDeadline, check.level());
      return Verdict.of(
          met ? Status.MET : Status.OFF_TRACK,
          (met ? "reached: " : "missed: ") + between,
          before,
          after);
    }
    if (after != null) {
      return holds(check, after)
          ? Verdict.of(
              Status.NOT_MEASURABLE,
              "reached only by "
                  + describe(after)
                  + ", after the deadline "
                  + check.by()
                  + "; no earlier reading",
              after)
          : Verdict.of(
              Status.OFF_TRACK,
              "missed: "
                  + describe(after)
                  + ", after the deadline "
                  + check.by()
                  + ", target "
                  + target(check),
              after);
    }
    if (before == null) {
      return Verdict.of(Status.NOT_MEASURABLE, "no reading of the metric by " + check.by());
    }
    ForecastView view = forecast.get();
    String last = "no reading since " + describe(before);
    if (!view.isAvailable()) {
      return Verdict.of(Status.NOT_MEASURABLE, last + "; no forecast: " + view.refusal(), before);
    }
    Status status = view.probability() < 0.5 ? Status.OFF_TRACK : Status.NOT_MEASURABLE;
    return Verdict.of(status, last + "; " + view.describe(check), before);
  }

  private static boolean holds(Check check, Figure f) {
    return check.comparison().holds(f.value(), check.level());
  }

  static String describe(Figure f) {
    return f.quantity() + " (" + f.asOf() + ")";
  }

  private static String target(Check check) {
    return check.comparison().symbol() + " " + Quantity.format(check.level()) + " by " + check.by();
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
