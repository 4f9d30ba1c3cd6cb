package org.techsov.core.complexity;

/**
 * Fitness and product complexity (Tacchella et al. 2012) as the R package economiccomplexity 2.0
 * iterates them: from all ones, {@code F_n = M Q_(n-1)} and {@code Q_n = 1 / (M^T F_(n-1)^-g)^(1 /
 * g)}, each divided by its mean, for {@code N - 1} steps ({@code g} the extremality). Countries of
 * diversity 0 and products of ubiquity 0 are left out and get NaN.
 */
final class FitnessComplexity {
  final double[] fitness;
  final double[] complexity;

  FitnessComplexity(Presence m, int iterations, double extremality) {
    double[] f = ones(m.diversity);
    double[] q = ones(m.ubiquity);
    for (int j = 1; j < iterations; j++) {
      double[] nextF = Sparse.rowSums(m, q);
      double[] inv = new double[f.length];
      for (int c = 0; c < f.length; c++) {
        inv[c] = power(1.0 / f[c], extremality);
      }
      double[] nextQ = Sparse.columnSums(m, inv);
      for (int p = 0; p < nextQ.length; p++) {
        nextQ[p] = 1.0 / power(nextQ[p], 1.0 / extremality);
      }
      f = Stats.scale(nextF, 1.0 / Stats.mean(nextF));
      q = Stats.scale(nextQ, 1.0 / Stats.mean(nextQ));
    }
    fitness = f;
    complexity = q;
  }

  // Math.pow(x, 1.0) is exactly x, but the branch keeps the default case free of pow calls.
  private static double power(double x, double e) {
    return e == 1.0 ? x : Math.pow(x, e);
  }

  private static double[] ones(int[] degree) {
    double[] x = new double[degree.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = degree[i] > 0 ? 1.0 : Double.NaN;
    }
    return x;
  }
}
