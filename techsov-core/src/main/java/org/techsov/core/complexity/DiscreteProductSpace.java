package org.techsov.core.complexity;

import java.util.stream.IntStream;

/**
 * Co-export proximity ({@link ProximityKind#SYMMETRIC} or {@link ProximityKind#ASYMMETRIC}) with
 * its density and outlook gain, computed through {@link CoExportSums} in {@code O(sum_p u_p^2 + C *
 * nnz(M))} instead of {@code O(C * P^2)}. Countries are processed in parallel blocks; each
 * country's row is computed by one thread in a fixed order, so results do not depend on the number
 * of threads.
 */
final class DiscreteProductSpace implements ProductSpaceModel {
  private final Presence m;
  private final boolean symmetric;
  private final double diagonal;
  private final UbiquityClasses classes;
  private final int[] allProducts;
  private double[] rowSums;

  DiscreteProductSpace(Presence m, boolean symmetric, double diagonal) {
    this.m = m;
    this.symmetric = symmetric;
    this.diagonal = diagonal;
    this.classes = new UbiquityClasses(m.ubiquity);
    this.allProducts = IntStream.range(0, m.products).filter(p -> m.ubiquity[p] > 0).toArray();
  }

  @Override
  public double proximity(int p, int q) {
    if (p == q) {
      return diagonal;
    }
    int co = m.coExporters(p, q);
    if (co == 0) {
      return 0.0;
    }
    int divisor = symmetric ? Math.max(m.ubiquity[p], m.ubiquity[q]) : m.ubiquity[p];
    return co / (double) divisor;
  }

  @Override
  public synchronized double[] rowSums() {
    if (rowSums == null) {
      double[] plain = new double[m.products];
      double[] unused = new double[m.products];
      new CoExportSums(m, classes, symmetric)
          .run(allProducts, new double[m.products], plain, unused);
      rowSums = new double[m.products];
      for (int p = 0; p < m.products; p++) {
        // the sums include the pair (p, p) with its natural proximity C_pp / u_p = 1
        rowSums[p] = m.ubiquity[p] > 0 ? plain[p] - 1.0 + diagonal : diagonal;
      }
    }
    return rowSums.clone();
  }

  @Override
  public DensityAndGain densityAndGain(double[] v) {
    double[] s = rowSums();
    double[] w = new double[m.products];
    for (int q = 0; q < m.products; q++) {
      w[q] = s[q] > 0 && !Double.isNaN(v[q]) ? v[q] / s[q] : 0.0;
    }
    double[] unused = new double[m.products];
    double[] all = new double[m.products];
    new CoExportSums(m, classes, symmetric).run(allProducts, w, unused, all);
    for (int p = 0; p < m.products; p++) {
      all[p] += (diagonal - 1.0) * w[p];
    }
    double[] density = new double[m.countries * m.products];
    double[] gain = new double[m.countries * m.products];
    int block = Math.max(1, (m.countries + 15) / 16);
    int blocks = (m.countries + block - 1) / block;
    IntStream.range(0, blocks)
        .parallel()
        .forEach(
            b -> rows(b * block, Math.min(m.countries, (b + 1) * block), s, w, all, density, gain));
    return new DensityAndGain(density, gain);
  }

  private void rows(
      int from, int to, double[] s, double[] w, double[] all, double[] density, double[] gain) {
    CoExportSums sums = new CoExportSums(m, classes, symmetric);
    double[] plain = new double[m.products];
    double[] weighted = new double[m.products];
    for (int c = from; c < to; c++) {
      sums.run(m.productsOf[c], w, plain, weighted);
      for (int p = 0; p < m.products; p++) {
        boolean present = m.has(c, p);
        double num = plain[p] + (present ? diagonal - 1.0 : 0.0);
        // A non-zero numerator is at least one co-exporter over a ubiquity, 1 / countries; what
        // is below half of that is the rounding left by removing the diagonal, truly 0.
        num = num < 0.5 / m.countries ? 0.0 : num;
        density[c * m.products + p] = s[p] > 0 ? Math.min(1.0, num / s[p]) : 0.0;
        gain[c * m.products + p] = present ? 0.0 : all[p] - weighted[p];
      }
    }
  }
}
