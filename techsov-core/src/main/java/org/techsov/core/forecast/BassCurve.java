package org.techsov.core.forecast;

import java.util.List;

/**
 * The Bass (1969) diffusion curve {@code N(t) = m F(t - launch)} with {@code F(tau) = (1 -
 * e^{-(p+q) tau}) / (1 + (q/p) e^{-(p+q) tau})} for {@code tau >= 0} and 0 before launch.
 *
 * <p>With a free market the parameters are {@code (m, p, q)}; with a fixed ceiling (substitution
 * shares, where the market is the whole) they are {@code (p, q)} and {@code m} is the ceiling.
 *
 * @param launch decimal year at which adoption starts (F = 0)
 * @param ceiling the fixed market size, or NaN when {@code m} is fitted
 */
public record BassCurve(double launch, double ceiling) implements GrowthCurve {
  /** A Bass curve whose market size {@code m} is fitted. */
  public static BassCurve withFreeMarket(double launch) {
    return new BassCurve(launch, Double.NaN);
  }

  @Override
  public GrowthModel model() {
    return GrowthModel.BASS;
  }

  @Override
  public List<String> parameterNames() {
    return Double.isNaN(ceiling) ? List.of("m", "p", "q") : List.of("p", "q");
  }

  @Override
  public double value(double[] params, double t) {
    if (Double.isNaN(ceiling)) {
      return params[0] * fraction(params[1], params[2], t - launch);
    }
    return ceiling * fraction(params[0], params[1], t - launch);
  }

  /** The cumulative fraction adopted {@code F(tau)}, tau years after launch. */
  public static double fraction(double p, double q, double tau) {
    if (tau <= 0) {
      return 0;
    }
    double e = Math.exp(-(p + q) * tau);
    return (1 - e) / (1 + (q / p) * e);
  }

  /** Adoption per year {@code m f(tau)}, with {@code f = dF/dtau}. */
  public static double rate(double m, double p, double q, double tau) {
    if (tau < 0) {
      return 0;
    }
    double e = Math.exp(-(p + q) * tau);
    double d = 1 + (q / p) * e;
    return m * (p + q) * (p + q) / p * e / (d * d);
  }

  /**
   * Years after launch at which adoption per year peaks, {@code t* = ln(q/p)/(p+q)}; NaN when
   * {@code q <= p} (adoption per year is highest at launch and there is no interior peak).
   */
  public static double peakTime(double p, double q) {
    return q > p ? Math.log(q / p) / (p + q) : Double.NaN;
  }
}
