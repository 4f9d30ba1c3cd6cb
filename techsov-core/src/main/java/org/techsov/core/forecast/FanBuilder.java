package org.techsov.core.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.techsov.core.stats.Quantiles;

/**
 * Turns bootstrap draws of a curve's parameters into fan points and threshold outlooks, in the
 * caller's units: a falling share is modelled as its rising complement and mapped back here.
 */
final class FanBuilder {
  private static final double LAST_SEARCH_YEAR = 2150;

  private final GrowthCurve curve;
  private final List<double[]> draws;
  private final boolean complement;
  private final double ceiling;

  FanBuilder(GrowthCurve curve, List<double[]> draws, ForecastShape shape, double ceiling) {
    this.curve = curve;
    this.draws = List.copyOf(draws);
    this.complement = shape == ForecastShape.SHARE_FALLING;
    this.ceiling = ceiling;
  }

  /** Fan points at the end of each year from {@code fromYear} to {@code toYear}. */
  List<FanPoint> yearEnds(int fromYear, int toYear) {
    List<FanPoint> out = new ArrayList<>();
    for (int year = fromYear; year <= Math.max(fromYear, toYear); year++) {
      out.add(at(year + 1.0));
    }
    return out;
  }

  /** The fan at decimal year {@code t}. */
  FanPoint at(double t) {
    double[] v = sortedValues(t);
    double p10 = Quantiles.ofSorted(v, 0.1);
    double p50 = Quantiles.ofSorted(v, 0.5);
    double p90 = Quantiles.ofSorted(v, 0.9);
    if (complement) {
      return new FanPoint(t, ceiling - p90, ceiling - p50, ceiling - p10);
    }
    return new FanPoint(t, p10, p50, p90);
  }

  ThresholdOutlook outlook(Threshold threshold, double searchFrom) {
    double level = complement ? ceiling - threshold.value() : threshold.value();
    int reached = 0;
    for (double[] d : draws) {
      if (curve.value(d, threshold.deadline()) >= level) {
        reached++;
      }
    }
    double probability = draws.isEmpty() ? Double.NaN : reached / (double) draws.size();
    return new ThresholdOutlook(
        threshold, probability, at(threshold.deadline()), p50Crossing(level, searchFrom));
  }

  /** First month-start at which the median curve reaches {@code level}, or NaN. */
  private double p50Crossing(double level, double from) {
    // count months as integers so that month starts are exact (2020.0, not 2019.9999...)
    long first = (long) Math.floor(from * 12);
    for (long month = first; month <= LAST_SEARCH_YEAR * 12; month++) {
      double t = month / 12.0;
      if (Quantiles.ofSorted(sortedValues(t), 0.5) >= level) {
        return t;
      }
    }
    return Double.NaN;
  }

  private double[] sortedValues(double t) {
    double[] v = new double[draws.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = curve.value(draws.get(i), t);
    }
    Arrays.sort(v);
    return v;
  }
}
