package org.techsov.core.complexity;

/**
 * The method of reflections (Hidalgo and Hausmann 2009) as the R package economiccomplexity 2.0
 * computes it: {@code kc_n = M kp_(n-1) / k_c0}, {@code kp_n = M^T kc_(n-1) / k_p0}, from diversity
 * and ubiquity; the country index is the z-score (sample sd) of {@code kc} of odd order {@code N -
 * 2}, the product index that of {@code kp} of order {@code N - 1}, for {@code N} iterations.
 * Countries of diversity 0 and products of ubiquity 0 are left out and get NaN.
 */
final class Reflections {
  final double[] countryIndex;
  final double[] productIndex;

  Reflections(Presence m, int iterations) {
    double[] kc = new double[m.countries];
    double[] kp = new double[m.products];
    for (int c = 0; c < m.countries; c++) {
      kc[c] = m.diversity[c] > 0 ? m.diversity[c] : Double.NaN;
    }
    for (int p = 0; p < m.products; p++) {
      kp[p] = m.ubiquity[p] > 0 ? m.ubiquity[p] : Double.NaN;
    }
    double[] kcOdd = kc;
    for (int j = 1; j < iterations; j++) {
      double[] nextC = Sparse.rowMeans(m, kp);
      double[] nextP = Sparse.columnMeans(m, kc);
      kc = nextC;
      kp = nextP;
      if (j == iterations - 2) {
        kcOdd = kc;
      }
    }
    countryIndex = zSample(kcOdd);
    productIndex = zSample(kp);
  }

  private static double[] zSample(double[] x) {
    return Stats.standardise(x, Stats.mean(x), Stats.sampleSd(x));
  }
}
