package org.techsov.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded synthetic series drawn from known curves, for tests that must recover them. */
final class Simulated {
  private Simulated() {}

  /** The curve at {@code from, from + step, ...} ({@code count} points) plus N(0, sd) noise. */
  static List<DataPoint> levels(
      GrowthCurve curve,
      double[] params,
      double from,
      double step,
      int count,
      double sd,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<DataPoint> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double t = from + i * step;
      out.add(new DataPoint(t, curve.value(params, t) + sd * random.nextGaussian()));
    }
    return out;
  }

  /** A share curve (ceiling 1) with N(0, sd) noise added to its log-odds. */
  static List<DataPoint> shares(
      GrowthCurve curve,
      double[] params,
      double from,
      double step,
      int count,
      double sd,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<DataPoint> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double t = from + i * step;
      double s = curve.value(params, t);
      double z = Math.log(s / (1 - s)) + sd * random.nextGaussian();
      out.add(new DataPoint(t, 1 / (1 + Math.exp(-z))));
    }
    return out;
  }
}
