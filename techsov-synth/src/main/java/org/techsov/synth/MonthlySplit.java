package org.techsov.synth;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Spreads a link's yearly value over the months: a seasonal profile shared by all goods (an August
 * dip, a year-end peak) times one of the product's own, month-to-month noise, and the shock applied
 * month by month (before, during and after the shock month) instead of pro rata over the year. The
 * months always add up to the year's value, so the monthly extract agrees with the yearly files.
 */
final class MonthlySplit {
  static final double[] COMMON = {
    0.92, 0.95, 1.05, 1.0, 1.0, 1.02, 0.98, 0.85, 1.03, 1.06, 1.07, 1.07
  };

  private MonthlySplit() {}

  /** The share of a month that lies on or after the shock date (0 before, 1 after). */
  static double exposure(WorldSpec s, int year, int month) {
    if (!s.shock()) {
      return 0;
    }
    LocalDate start = LocalDate.of(year, month, 1);
    LocalDate shock = s.shockDate();
    if (!start.plusMonths(1).isAfter(shock)) {
      return 0;
    }
    if (!start.isBefore(shock)) {
      return 1;
    }
    int days = start.lengthOfMonth();
    return (double) (days - shock.getDayOfMonth() + 1) / days;
  }

  /** The product's own seasonal factor for a month (amplitude 8-25%, a phase of its own). */
  static double seasonal(int product, int month) {
    long h = product * 0x9E3779B97F4A7C15L;
    double amplitude = 0.08 + 0.17 * ((h >>> 11) & 0xFFFF) / 65536.0;
    double phase = 2 * Math.PI * ((h >>> 33) & 0xFFFF) / 65536.0;
    return COMMON[month - 1] * (1 + amplitude * Math.sin(2 * Math.PI * (month - 1) / 12 + phase));
  }

  /** The twelve monthly values of a link-year. */
  static double[] split(World w, WorldSpec spec, Link l, int exporter, int y, SplittableRandom r) {
    double v = l.valueUsd()[y];
    double[] out = new double[12];
    if (v <= 0) {
      return out;
    }
    int year = spec.fromYear() + y;
    double total = 0;
    for (int m = 1; m <= 12; m++) {
      double e = exposure(spec, year, m);
      double f = Shock.factorAt(w, spec, exporter, l.importer(), l.product(), e, l.jitter()[y]);
      out[m - 1] = f * seasonal(w.products[l.product()], m) * Math.exp(0.12 * r.nextGaussian());
      total += out[m - 1];
    }
    for (int m = 0; m < 12; m++) {
      out[m] = total > 0 ? v * out[m] / total : v / 12;
    }
    return out;
  }
}
