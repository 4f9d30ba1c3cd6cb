package org.techsov.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.techsov.core.stats.InformationCriteria;
import org.techsov.core.stats.LeastSquaresFit;

/**
 * Forecasts a series: fits every candidate curve that the number of observations allows, keeps the
 * one with the lowest AICc, and draws a residual-bootstrap fan from it (METHODS.md section 4).
 *
 * <p>A candidate with k parameters needs at least {@code k + 3} observations, so that AICc is
 * defined and residuals remain to resample; below that for every candidate the forecast is refused
 * with the number needed.
 */
public final class DiffusionForecaster {
  /** Without a stated addressable market, a level's market size is bounded by this multiple. */
  public static final double DEFAULT_MARKET_MULTIPLE = 10;

  private DiffusionForecaster() {}

  public static Forecast forecast(
      ForecastInput input, List<Threshold> thresholds, ForecastOptions options) {
    int n = input.points().size();
    int needed = minimumObservations(input.shape());
    if (n < needed) {
      return refuse(input, needed);
    }
    List<String> notes = new ArrayList<>();
    Prepared data = prepare(input, notes);
    List<CurveSpec> feasible = candidates(input, data, notes);
    List<ModelFit> fits = new ArrayList<>();
    List<CurveSpec> fitted = new ArrayList<>();
    for (CurveSpec spec : feasible) {
      LeastSquaresFit fit = CurveFitter.fit(problem(spec, data));
      if (Double.isFinite(fit.sse())) {
        double aicc = InformationCriteria.aicc(n, fit.params().length, fit.sse());
        fits.add(new ModelFit(spec.curve(), boxed(fit.params()), fit.sse(), n, aicc, 0));
        fitted.add(spec);
      }
    }
    if (fits.isEmpty()) {
      return new Forecast.Refused(
          input.label(), n, needed, input.label() + ": no candidate curve could be fitted");
    }
    double[] criteria = fits.stream().mapToDouble(ModelFit::aicc).toArray();
    double[] weights = InformationCriteria.weights(criteria);
    int best = 0;
    for (int i = 0; i < fits.size(); i++) {
      fits.set(i, fits.get(i).withWeight(weights[i]));
      best = criteria[i] < criteria[best] ? i : best;
    }
    ModelFit chosen = fits.get(best);
    if (!input.shape().isShare() && chosen.params().get(0) >= data.ceiling * (1 - 1e-9)) {
      notes.add(
          "the fitted market size sits at its upper bound ("
              + number(data.ceiling)
              + "): the observations do not yet identify it, so the bound drives the fan");
    }
    List<double[]> draws =
        ResidualBootstrap.draws(
            problem(fitted.get(best), data),
            chosen.paramArray(),
            options.resamples(),
            options.seed());
    FanBuilder fan = new FanBuilder(chosen.curve(), draws, input.shape(), input.ceiling());
    return new Forecast.Fitted(
        input.label(),
        fits,
        fan.yearEnds(lastYear(data.t), options.horizonYear()),
        thresholds.stream().map(th -> fan.outlook(th, data.t[0])).toList(),
        new BootstrapSummary(options.resamples(), draws.size(), options.seed()),
        notes);
  }

  /**
   * The fewest observations a forecast of this shape needs: {@code k + 3} for the candidates' k
   * parameters (2 for shares, whose ceiling is fixed; 3 for levels, whose market size is fitted).
   */
  public static int minimumObservations(ForecastShape shape) {
    return InformationCriteria.minimumObservations(shape.isShare() ? 2 : 3);
  }

  private static Forecast refuse(ForecastInput input, int needed) {
    int n = input.points().size();
    String reason =
        String.format(
            Locale.ROOT,
            "%s has %d observation%s; a forecast needs at least %d (a curve with k parameters needs"
                + " k + 3 points for AICc to be defined and residuals to resample)",
            input.label(),
            n,
            n == 1 ? "" : "s",
            needed);
    return new Forecast.Refused(input.label(), n, needed, reason);
  }

  private static List<CurveSpec> candidates(
      ForecastInput input, Prepared data, List<String> notes) {
    if (Double.isNaN(input.launch())) {
      notes.add("Bass not fitted: the series has no launch date");
    } else if (input.launch() >= data.t[0]) {
      notes.add("Bass not fitted: the launch date is not before the first observation");
    }
    return input.shape().isShare()
        ? CandidateCurves.forShares(data.t, data.y, input.launch(), data.ceiling)
        : CandidateCurves.forLevels(data.t, data.y, input.launch(), data.ceiling);
  }

  private static FitProblem problem(CurveSpec spec, Prepared data) {
    return new FitProblem(spec, data.t, data.y, data.scale, data.ceiling);
  }

  private static Prepared prepare(ForecastInput input, List<String> notes) {
    double[] t = input.times();
    double[] y = input.values();
    if (!input.shape().isShare()) {
      double max = y.length == 0 ? 0 : CandidateCurves.max(y);
      double upper = input.ceiling();
      if (Double.isNaN(upper)) {
        upper = Math.max(max * DEFAULT_MARKET_MULTIPLE, Double.MIN_NORMAL);
        notes.add(
            "[heuristic] no addressable market given: market size bounded by "
                + (int) DEFAULT_MARKET_MULTIPLE
                + " x the largest observation");
      } else if (upper < max) {
        notes.add(
            "market bound "
                + number(upper)
                + " is below the largest observation; using "
                + number(max));
        upper = max;
      }
      return new Prepared(t, y, FitScale.LEVEL, upper);
    }
    double c = input.ceiling();
    boolean clamped = false;
    for (int i = 0; i < y.length; i++) {
      double v = input.shape() == ForecastShape.SHARE_FALLING ? c - y[i] : y[i];
      y[i] = Math.max(0.001 * c, Math.min(0.999 * c, v));
      clamped |= y[i] != v;
    }
    if (clamped) {
      notes.add("shares of 0 or 100% moved to 0.1% or 99.9% to keep their log-odds finite");
    }
    return new Prepared(t, y, FitScale.LOGIT, c);
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.6g", v);
  }

  private static int lastYear(double[] t) {
    return (int) Math.floor(t[t.length - 1]);
  }

  private static List<Double> boxed(double[] a) {
    List<Double> out = new ArrayList<>(a.length);
    for (double v : a) {
      out.add(v);
    }
    return out;
  }

  /** Observations ready to fit: rising shares or levels, and the ceiling or market bound. */
  private record Prepared(double[] t, double[] y, FitScale scale, double ceiling) {}
}
