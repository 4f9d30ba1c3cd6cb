package org.techsov.core.complexity;

import java.util.stream.IntStream;

/**
 * Continuous proximity {@code phi_pq = (1 + corr_pq) / 2}, the correlation over countries of two
 * products' RCA (or RPOP) levels, with density weighted by those levels. The correlation matrix is
 * {@code Z^T Z} for the column-standardised levels {@code Z} (C x P), so density and outlook gain,
 * P x P products in the reference, are computed through C x C intermediates in {@code O(C^2 P)}. A
 * product whose level is the same in every country has no correlation; its proximity to every other
 * product is 0 (the reference propagates NaN through the whole year instead).
 */
final class ContinuousProductSpace implements ProductSpaceModel {
  private final Presence m;
  private final double[] level;
  private final double diagonal;
  private final int nc;
  private final int np;
  private final double[] z;
  private final double[] zz;
  private final boolean[] valid;
  private final int validCount;

  ContinuousProductSpace(Presence m, double[] level, double diagonal) {
    this.m = m;
    this.level = level;
    this.diagonal = diagonal;
    this.nc = m.countries;
    this.np = m.products;
    this.z = new double[nc * np];
    this.zz = new double[np];
    this.valid = new boolean[np];
    int n = 0;
    for (int p = 0; p < np; p++) {
      n += standardiseColumn(p) ? 1 : 0;
    }
    validCount = n;
  }

  private boolean standardiseColumn(int p) {
    double mean = 0.0;
    for (int c = 0; c < nc; c++) {
      mean += level[c * np + p];
    }
    mean /= nc;
    double ss = 0.0;
    for (int c = 0; c < nc; c++) {
      double d = level[c * np + p] - mean;
      ss += d * d;
    }
    if (!(ss > 0)) {
      return false;
    }
    double norm = Math.sqrt(ss);
    for (int c = 0; c < nc; c++) {
      double v = (level[c * np + p] - mean) / norm;
      z[c * np + p] = v;
      zz[p] += v * v;
    }
    valid[p] = true;
    return true;
  }

  @Override
  public double proximity(int p, int q) {
    if (p == q) {
      return diagonal;
    }
    if (!valid[p] || !valid[q]) {
      return 0.0;
    }
    double r = 0.0;
    for (int c = 0; c < nc; c++) {
      r += z[c * np + p] * z[c * np + q];
    }
    return (1.0 + r) / 2.0;
  }

  @Override
  public double[] rowSums() {
    double[] t = new double[nc];
    for (int c = 0; c < nc; c++) {
      for (int q = 0; q < np; q++) {
        t[c] += z[c * np + q];
      }
    }
    double[] s = new double[np];
    for (int p = 0; p < np; p++) {
      double zt = 0.0;
      for (int c = 0; c < nc; c++) {
        zt += z[c * np + p] * t[c];
      }
      s[p] = valid[p] ? (validCount - 1) / 2.0 + (zt - zz[p]) / 2.0 + diagonal : diagonal;
    }
    return s;
  }

  @Override
  public DensityAndGain densityAndGain(double[] v) {
    double[] s = rowSums();
    double[] y = new double[nc * np];
    for (int c = 0; c < nc; c++) {
      for (int q = 0; q < np; q++) {
        boolean usable = !m.has(c, q) && s[q] > 0 && !Double.isNaN(v[q]);
        y[c * np + q] = usable ? v[q] / s[q] : 0.0;
      }
    }
    double[] density = weightedProximity(level);
    double[] gain = weightedProximity(y);
    for (int c = 0; c < nc; c++) {
      for (int p = 0; p < np; p++) {
        int i = c * np + p;
        density[i] = s[p] > 0 ? density[i] / s[p] : 0.0;
        gain[i] = m.has(c, p) ? 0.0 : gain[i];
      }
    }
    return new DensityAndGain(density, gain);
  }

  // out_cp = sum_q x_cq phi_qp, through G = x Z^T (C x C) and G Z.
  private double[] weightedProximity(double[] x) {
    double[] g = DenseProducts.timesTranspose(x, z, nc, np);
    double[] gz = DenseProducts.times(g, z, nc, np);
    double[] out = new double[nc * np];
    IntStream.range(0, nc)
        .parallel()
        .forEach(
            c -> {
              double rowValid = 0.0;
              for (int q = 0; q < np; q++) {
                rowValid += valid[q] ? x[c * np + q] : 0.0;
              }
              for (int p = 0; p < np; p++) {
                int i = c * np + p;
                out[i] =
                    diagonal * x[i]
                        + (valid[p] ? ((rowValid - x[i]) + (gz[i] - x[i] * zz[p])) / 2.0 : 0.0);
              }
            });
    return out;
  }
}
