package org.techsov.core.complexity;

import java.util.List;

/**
 * ECI and PCI under one {@link Convention}, with what COI and COG need from them: the product
 * weights of the outlook ({@code v}), the factor the raw COG is multiplied by, and how the raw COI
 * is normalised.
 */
final class ComplexityIndices {
  final double[] eci;
  final double[] pci;
  final double[] outlookWeights;
  final double gainFactor;
  private final Convention convention;
  private final int products;

  private ComplexityIndices(
      Convention convention,
      int products,
      double[] eci,
      double[] pci,
      double[] outlookWeights,
      double gainFactor) {
    this.convention = convention;
    this.products = products;
    this.eci = eci;
    this.pci = pci;
    this.outlookWeights = outlookWeights;
    this.gainFactor = gainFactor;
  }

  static ComplexityIndices of(
      Convention convention,
      Presence m,
      EigenComplexity eigen,
      Reflections reflections,
      List<String> warnings) {
    double[] diversity = new double[m.countries];
    for (int c = 0; c < m.countries; c++) {
      diversity[c] = m.diversity[c] > 0 ? m.diversity[c] : Double.NaN;
    }
    double sign = sign(Stats.correlation(diversity, eigen.kc), eigen.kc, warnings);
    if (convention == Convention.R_ECONOMICCOMPLEXITY) {
      double[] eci = zSample(orient(eigen.kc, reflections.countryIndex, sign, warnings));
      double[] pci = zSample(orient(eigen.kp, reflections.productIndex, sign, warnings));
      return new ComplexityIndices(convention, m.products, eci, pci, pci, 1.0);
    }
    double[] kc = Stats.scale(eigen.kc, sign);
    double[] kp = Stats.scale(eigen.kp, sign);
    double mean = Stats.mean(kc);
    double sd =
        convention == Convention.STATA
            ? Stats.longFormatSd(kc, m.products)
            : Stats.populationSd(kc);
    return new ComplexityIndices(
        convention,
        m.products,
        Stats.standardise(kc, mean, sd),
        Stats.standardise(kp, mean, sd),
        kp,
        1.0 / sd);
  }

  /**
   * COI from its raw sums {@code sum_p density_cp (1 - M_cp) v_p}, per convention: NaN when the
   * year has no PCI; 0 for every country when all raw sums are equal (nothing to z-score).
   */
  double[] outlookIndex(double[] raw) {
    if (Stats.count(outlookWeights) == 0) {
      return Stats.scale(raw, Double.NaN);
    }
    if (convention == Convention.R_ECONOMICCOMPLEXITY) {
      return raw;
    }
    double sd =
        convention == Convention.STATA
            ? Stats.longFormatSd(raw, products)
            : Stats.populationSd(raw);
    return sd > 0 ? Stats.standardise(raw, Stats.mean(raw), sd) : new double[raw.length];
  }

  // The R package flips each eigenvector to correlate positively with its reflections
  // counterpart; when that correlation is undefined it would keep the solver's arbitrary sign,
  // so techsov falls back on the diversity rule there.
  private static double[] orient(
      double[] x, double[] reference, double fallbackSign, List<String> warnings) {
    double r = Stats.correlation(x, reference);
    if (!Double.isNaN(r) && r != 0) {
      return Stats.scale(x, r < 0 ? -1.0 : 1.0);
    }
    if (Stats.count(x) > 0) {
      warnings.add(
          "the method of reflections cannot orient the eigenvector; it is oriented"
              + " so that ECI correlates positively with diversity instead");
    }
    return Stats.scale(x, fallbackSign);
  }

  /** Correlations below this are rounding noise: their sign would depend on summation order. */
  private static final double NO_CORRELATION = 1e-9;

  private static double sign(double correlation, double[] kc, List<String> warnings) {
    if (Math.abs(correlation) > NO_CORRELATION) {
      return Math.signum(correlation);
    }
    // uncorrelated: the sign of the third moment does not depend on the order of the countries
    double cubes = 0;
    double scale = 0;
    for (double v : kc) {
      if (!Double.isNaN(v)) {
        cubes += v * v * v;
        scale += Math.abs(v * v * v);
      }
    }
    if (Math.abs(cubes) > NO_CORRELATION * scale) {
      return Math.signum(cubes);
    }
    if (Stats.count(kc) > 0) {
      warnings.add(
          "ECI is uncorrelated with diversity and symmetric; its sign is set so that its largest"
              + " entry in absolute value is positive, which may depend on the order of countries");
    }
    double largest = 0.0;
    for (double v : kc) {
      if (!Double.isNaN(v) && Math.abs(v) > Math.abs(largest)) {
        largest = v;
      }
    }
    return largest < 0 ? -1.0 : 1.0;
  }

  private static double[] zSample(double[] x) {
    return Stats.standardise(x, Stats.mean(x), Stats.sampleSd(x));
  }
}
