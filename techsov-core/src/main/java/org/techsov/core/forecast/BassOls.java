package org.techsov.core.forecast;

import java.util.Optional;
import org.techsov.core.stats.LinearRegression;
import org.techsov.core.stats.RegressionFit;

/**
 * Bass's (1969) ordinary-least-squares estimate, used for starting values of the nonlinear fit.
 *
 * <p>Adoption in a period is regressed on cumulative adoption at its start: {@code n_t = a + b
 * N_{t-1} + c N_{t-1}^2}. Matching {@code n = (p + q F)(1 - F) m} term by term gives {@code a = p
 * m}, {@code b = q - p}, {@code c = -q/m}, so {@code m = (-b - sqrt(b^2 - 4ac)) / (2c)}, {@code p =
 * a/m}, {@code q = -c m}. With unequal spacing adoption is taken per year ({@code n_t / dt}).
 */
public final class BassOls {
  private BassOls() {}

  /**
   * The estimate from cumulative adopters at increasing times, or empty when the regression does
   * not describe a diffusion (fewer than four points, {@code c >= 0}, a negative discriminant, or
   * non-positive m or p).
   */
  public static Optional<BassOlsEstimate> estimate(double[] times, double[] cumulative) {
    int n = cumulative.length;
    if (n < 4 || times.length != n) {
      return Optional.empty();
    }
    double[][] design = new double[n - 1][];
    double[] adoption = new double[n - 1];
    for (int i = 1; i < n; i++) {
      double dt = times[i] - times[i - 1];
      if (!(dt > 0)) {
        return Optional.empty();
      }
      double before = cumulative[i - 1];
      design[i - 1] = new double[] {1, before, before * before};
      adoption[i - 1] = (cumulative[i] - before) / dt;
    }
    RegressionFit fit = LinearRegression.fit(design, adoption);
    if (fit == null) {
      return Optional.empty();
    }
    double a = fit.coefficient(0);
    double b = fit.coefficient(1);
    double c = fit.coefficient(2);
    double disc = b * b - 4 * a * c;
    if (!(c < 0) || disc < 0) {
      return Optional.empty();
    }
    double m = (-b - Math.sqrt(disc)) / (2 * c);
    double p = a / m;
    double q = -c * m;
    if (!(m > 0) || !(p > 0) || q < 0) {
      return Optional.empty();
    }
    return Optional.of(new BassOlsEstimate(a, b, c, m, p, q));
  }
}
