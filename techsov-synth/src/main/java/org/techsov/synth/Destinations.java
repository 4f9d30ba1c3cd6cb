package org.techsov.synth;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws distinct importers for an exporter, with probability proportional to gravity weight. */
final class Destinations {
  private final double[] cumulative;
  private final int exporter;

  Destinations(double[] weights, int exporter) {
    this.exporter = exporter;
    this.cumulative = new double[weights.length];
    double s = 0;
    for (int j = 0; j < weights.length; j++) {
      s += j == exporter ? 0 : weights[j];
      cumulative[j] = s;
    }
  }

  /** Up to {@code count} distinct importers, plus {@code forced} (if >= 0), ascending. */
  int[] sample(int count, int forced, SplittableRandom r) {
    int n = cumulative.length;
    boolean[] chosen = new boolean[n];
    int got = 0;
    if (forced >= 0 && forced != exporter) {
      chosen[forced] = true;
      got++;
    }
    int want = Math.min(n - 1, count + got);
    double total = cumulative[n - 1];
    for (int attempts = 0; got < want && attempts < 40 * want; attempts++) {
      int j = Arrays.binarySearch(cumulative, r.nextDouble() * total);
      j = j < 0 ? -j - 1 : j;
      if (j < n && j != exporter && !chosen[j]) {
        chosen[j] = true;
        got++;
      }
    }
    int[] out = new int[got];
    int m = 0;
    for (int j = 0; j < n; j++) {
      if (chosen[j]) {
        out[m++] = j;
      }
    }
    return out;
  }
}
