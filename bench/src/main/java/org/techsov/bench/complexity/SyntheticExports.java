package org.techsov.bench.complexity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.techsov.core.complexity.ExportMatrix;

/**
 * A seeded Java port of the {@code large} preset of the shared golden generator ({@code
 * complexity-golden/gen.py}): synthetic export values shaped like a world trade matrix.
 *
 * <p>Countries have a size {@code s_c ~ N(0,1)} and a capability {@code a_c ~ U(0,1)}, products a
 * size {@code t_p ~ N(0,1)} and a complexity {@code x_p ~ U(0,1)}. A country exports a product with
 * probability {@code clip(logistic((a_c - x_p) / 0.15), 0.02, 0.98)} (a nested matrix, like real
 * trade); 3% of cells are redrawn for the year and 3% of present cells zeroed. A positive value is
 * {@code exp(13 + s_c + t_p + e_cp + u_cp)} rounded to cents, {@code e ~ N(0, 1.2^2)}, {@code u ~
 * N(0, 0.25^2)}. Same model and parameters as the Python generator, but drawn from {@link
 * SplittableRandom}, so the numbers differ from the Python ones while the statistics agree. The
 * planted edge cases of the Python presets are left out (the timing case is the clean 200 x 5000
 * matrix).
 */
public final class SyntheticExports {
  private static final double MU = 13.0;
  private static final double SIGMA_PAIR = 1.2;
  private static final double SIGMA_YEAR = 0.25;
  private static final double STEEPNESS = 0.15;
  private static final double FLIP_RATE = 0.03;
  private static final double EXTRA_ZERO_RATE = 0.03;

  private SyntheticExports() {}

  /** The {@code large} preset: seed 4242, 200 countries x 5000 products, year 2021. */
  public static ExportMatrix large() {
    return generate(4242L, 200, 5000, 2021);
  }

  /** One year of synthetic exports, {@code C000...} x {@code P0000...}. */
  public static ExportMatrix generate(long seed, int countries, int products, int year) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] cSize = normals(rng, countries, 1.0);
    double[] pSize = normals(rng, products, 1.0);
    double[] cCap = uniforms(rng, countries);
    double[] pCx = uniforms(rng, products);
    double[] values = new double[countries * products];
    for (int c = 0; c < countries; c++) {
      for (int p = 0; p < products; p++) {
        double logit = (cCap[c] - pCx[p]) / STEEPNESS;
        double prob = Math.min(0.98, Math.max(0.02, 1.0 / (1.0 + Math.exp(-logit))));
        boolean present = rng.nextDouble() < prob;
        if (rng.nextDouble() < FLIP_RATE) {
          present = rng.nextDouble() < prob;
        }
        double logV =
            MU
                + cSize[c]
                + pSize[p]
                + SIGMA_PAIR * rng.nextGaussian()
                + SIGMA_YEAR * rng.nextGaussian();
        boolean zero = !present || rng.nextDouble() < EXTRA_ZERO_RATE;
        values[c * products + p] = zero ? 0.0 : Math.round(Math.exp(logV) * 100.0) / 100.0;
      }
    }
    return new ExportMatrix(year, labels("C%03d", countries), labels("P%04d", products), values);
  }

  private static double[] normals(SplittableRandom rng, int n, double sd) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = sd * rng.nextGaussian();
    }
    return x;
  }

  private static double[] uniforms(SplittableRandom rng, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rng.nextDouble();
    }
    return x;
  }

  private static List<String> labels(String format, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(String.format(format, i));
    }
    return out;
  }
}
