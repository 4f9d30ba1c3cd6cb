package org.techsov.core.forecast;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.stats.Bounds;
import org.techsov.core.stats.LinearRegression;
import org.techsov.core.stats.RegressionFit;

/**
 * The candidate curves for a series, with bounds and starting values.
 *
 * <p>Bounds: a market size or ceiling lies between half the largest observation and the caller's
 * addressable market. The lower bound is deliberately loose: a noisy reading near saturation can
 * overshoot the true ceiling, and pinning the ceiling at the largest reading biases it upwards.
 * Rates are per year: Bass p in [1e-7, 5] and q in [0, 20], logistic r and Gompertz c in [1e-3, 50]
 * (wide enough for a messenger adopted within months). Starts: Bass's OLS estimate, the
 * meta-analytic means p = 0.03, q = 0.38 (Sultan, Farley and Lehmann 1990) and DIMORA's p = 0.01, q
 * = 0.1; logistic and Gompertz from straight-line fits of their linearised forms at several trial
 * ceilings.
 */
final class CandidateCurves {
  private CandidateCurves() {}

  /** Bass (if launch is known and before the first point), logistic, Gompertz; m or K fitted. */
  static List<CurveSpec> forLevels(double[] t, double[] y, double launch, double upper) {
    double max = max(y);
    double lower = max / 2;
    double[] ceilings = trialCeilings(max, upper);
    List<CurveSpec> specs = new ArrayList<>();
    if (launch < t[0]) {
      specs.add(bass(t, y, launch, lower, upper, ceilings));
    }
    List<double[]> logisticStarts = new ArrayList<>();
    List<double[]> gompertzStarts = new ArrayList<>();
    for (double k : ceilings) {
      double[] lr = logisticLine(t, y, k);
      logisticStarts.add(new double[] {k, lr[0], lr[1]});
      double[] gc = gompertzLine(t, y, k, t[0]);
      gompertzStarts.add(new double[] {k, gc[0], gc[1]});
    }
    double span = t[t.length - 1] - t[0] + 100;
    specs.add(
        new CurveSpec(
            LogisticCurve.withFreeCeiling(),
            new Bounds(
                new double[] {lower, 1e-3, t[0] - span}, new double[] {upper, 50, t[0] + span}),
            logisticStarts));
    specs.add(
        new CurveSpec(
            GompertzCurve.withFreeCeiling(t[0]),
            new Bounds(new double[] {lower, 1e-8, 1e-3}, new double[] {upper, 1e8, 50}),
            gompertzStarts));
    return specs;
  }

  /** Fisher-Pry logistic, Gompertz and (if launch is known) Bass, all with the ceiling fixed. */
  static List<CurveSpec> forShares(double[] t, double[] y, double launch, double ceiling) {
    List<CurveSpec> specs = new ArrayList<>();
    double span = t[t.length - 1] - t[0] + 200;
    double[] lr = logisticLine(t, y, ceiling);
    specs.add(
        new CurveSpec(
            new LogisticCurve(ceiling),
            new Bounds(new double[] {-50, t[0] - span}, new double[] {50, t[0] + span}),
            List.of(new double[] {lr[0], lr[1]})));
    double[] gc = gompertzLine(t, y, ceiling, t[0]);
    specs.add(
        new CurveSpec(
            new GompertzCurve(ceiling, t[0]),
            new Bounds(new double[] {1e-8, 1e-3}, new double[] {1e8, 50}),
            List.of(new double[] {gc[0], gc[1]}, new double[] {1, 0.3})));
    if (launch < t[0]) {
      specs.add(
          new CurveSpec(
              new BassCurve(launch, ceiling),
              new Bounds(new double[] {1e-7, 0}, new double[] {5, 20}),
              List.of(
                  new double[] {0.03, 0.38},
                  new double[] {0.01, 0.1},
                  new double[] {0.001, 0.5},
                  new double[] {0.1, 1})));
    }
    return specs;
  }

  private static CurveSpec bass(
      double[] t, double[] y, double launch, double lower, double upper, double[] ceilings) {
    List<double[]> starts = new ArrayList<>();
    double[] tt = new double[t.length + 1];
    double[] yy = new double[y.length + 1];
    tt[0] = launch;
    System.arraycopy(t, 0, tt, 1, t.length);
    System.arraycopy(y, 0, yy, 1, y.length);
    BassOls.estimate(tt, yy).ifPresent(e -> starts.add(new double[] {e.m(), e.p(), e.q()}));
    for (double m : ceilings) {
      starts.add(new double[] {m, 0.03, 0.38});
      starts.add(new double[] {m, 0.01, 0.1});
      starts.add(new double[] {m, 0.01, 1.0});
    }
    return new CurveSpec(
        BassCurve.withFreeMarket(launch),
        new Bounds(new double[] {lower, 1e-7, 0}, new double[] {upper, 5, 20}),
        starts);
  }

  private static double[] trialCeilings(double max, double upper) {
    return new double[] {
      Math.min(upper, max), Math.min(upper, max * 1.5), Math.min(upper, max * 3), upper
    };
  }

  /** (r, t0) from the straight line of log-odds of y/k on time. */
  private static double[] logisticLine(double[] t, double[] y, double k) {
    double[] z = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      z[i] = FitScale.LOGIT.forward(y[i], k * 1.0001);
    }
    RegressionFit line = LinearRegression.line(t, z);
    if (line == null || line.coefficient(1) == 0) {
      return new double[] {0.5, t[t.length - 1]};
    }
    double r = line.coefficient(1);
    return new double[] {r, -line.coefficient(0) / r};
  }

  /** (b, c) from {@code ln(-ln(y/k)) = ln b - c (t - reference)}. */
  private static double[] gompertzLine(double[] t, double[] y, double k, double reference) {
    double[] x = new double[t.length];
    double[] z = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      double s = Math.max(1e-9, Math.min(1 - 1e-9, y[i] / (k * 1.0001)));
      x[i] = t[i] - reference;
      z[i] = Math.log(-Math.log(s));
    }
    RegressionFit line = LinearRegression.line(x, z);
    if (line == null) {
      return new double[] {1, 0.3};
    }
    double b = Math.exp(line.coefficient(0));
    double c = -line.coefficient(1);
    return new double[] {Math.max(1e-8, Math.min(1e8, b)), Math.max(1e-3, Math.min(50, c))};
  }

  static double max(double[] y) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      m = Math.max(m, v);
    }
    return m;
  }
}
