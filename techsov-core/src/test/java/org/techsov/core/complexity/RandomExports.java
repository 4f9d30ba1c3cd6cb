package org.techsov.core.complexity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random export matrices for property tests: nested presence like real trade, lognormal
 * values, and a share of zero cells. Print the seed on failure to reproduce a case.
 */
final class RandomExports {
  private RandomExports() {}

  static ExportMatrix generate(long seed, int countries, int products) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] capability = new double[countries];
    double[] complexity = new double[products];
    for (int c = 0; c < countries; c++) {
      capability[c] = rng.nextDouble();
    }
    for (int p = 0; p < products; p++) {
      complexity[p] = rng.nextDouble();
    }
    double[] values = new double[countries * products];
    for (int c = 0; c < countries; c++) {
      for (int p = 0; p < products; p++) {
        double prob = 1 / (1 + Math.exp(-(capability[c] - complexity[p]) / 0.2));
        if (rng.nextDouble() < Math.max(0.05, prob)) {
          values[c * products + p] = Math.round(Math.exp(10 + 1.5 * rng.nextGaussian()));
        }
      }
    }
    return new ExportMatrix(2020, labels("C", countries), labels("P", products), values);
  }

  static List<String> labels(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(String.format("%s%04d", prefix, i));
    }
    return out;
  }
}
