package org.techsov.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws an exporter's links: which products it exports (nested by capability and complexity), to
 * whom (gravity: size over distance), and their values year by year, including the shock.
 */
final class LinkGenerator {
  private static final double GROWTH = 1.04;
  private static final double SPECIALISATION = 6.0;

  private final World world;
  private final WorldSpec spec;
  private final double scale;
  private final double[][] gravity;

  LinkGenerator(World world, WorldSpec spec) {
    this.world = world;
    this.spec = spec;
    this.gravity = gravityWeights(world);
    this.scale = calibrate();
  }

  private static double[][] gravityWeights(World w) {
    int n = w.size();
    double[][] g = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          double d = Geography.distance(w.lat[i], w.lon[i], w.lat[j], w.lon[j]);
          g[i][j] = Math.pow(w.mass[j], 0.8) / d;
        }
      }
    }
    return g;
  }

  /** Propensity of exporter i to export product k: nested, with a specialisation draw. */
  private double propensity(int i, int k, double draw) {
    double gap = Math.max(0, world.complexity[k] - world.capability[i]);
    return Math.pow(world.mass[i], 0.5) * Math.exp(-SPECIALISATION * gap) * draw;
  }

  /** Chooses the scale so that the expected number of links per year is the requested one. */
  private double calibrate() {
    int n = world.size();
    double[] w = new double[n * world.products.length];
    int m = 0;
    for (int i = 0; i < n; i++) {
      SplittableRandom r = exporterRandom(i);
      for (int k = 0; k < world.products.length; k++) {
        w[m++] = propensity(i, k, Math.exp(r.nextGaussian()));
      }
    }
    double lo = 0;
    double hi = 1e6;
    for (int it = 0; it < 60; it++) {
      double mid = (lo + hi) / 2;
      double sum = 0;
      for (double x : w) {
        sum += Math.min(n - 1, mid * x);
      }
      if (sum < spec.rowsPerYear()) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private SplittableRandom exporterRandom(int i) {
    return new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + 31L * i + 7);
  }

  /** The links of exporter {@code i}, sorted by importer then product. */
  List<Link> links(int i) {
    SplittableRandom draws = exporterRandom(i);
    double[] propensity = new double[world.products.length];
    for (int k = 0; k < propensity.length; k++) {
      propensity[k] = propensity(i, k, Math.exp(draws.nextGaussian()));
    }
    SplittableRandom r = draws.split();
    Destinations dest = new Destinations(gravity[i], i);
    List<Link> out = new ArrayList<>();
    for (int k = 0; k < propensity.length; k++) {
      double lambda = Math.min(world.size() - 1, scale * propensity[k]);
      int count = poisson(lambda, r);
      boolean forced = world.hub[i] && world.sanctioned[k] && i != world.target;
      for (int j : dest.sample(count, forced ? world.target : -1, r)) {
        out.add(link(i, j, k, propensity[k], r));
      }
    }
    out.sort(Comparator.comparingInt(Link::importer).thenComparingInt(Link::product));
    return out;
  }

  private Link link(int i, int j, int k, double propensity, SplittableRandom r) {
    int years = spec.toYear() - spec.fromYear() + 1;
    double base = 2e5 * Math.pow(world.mass[i], 0.9) * gravity[i][j] * propensity;
    base *= Math.exp(1.2 * r.nextGaussian());
    int born = r.nextDouble() < 0.12 ? r.nextInt(years) : 0;
    int dies = r.nextDouble() < 0.08 ? born + r.nextInt(years - born) + 1 : years;
    double walk = 0;
    double[] v = new double[years];
    double[] jitter = new double[years];
    for (int y = 0; y < years; y++) {
      walk += 0.18 * r.nextGaussian();
      int year = spec.fromYear() + y;
      jitter[y] = Shock.jitter(r);
      double value =
          base
              * Math.pow(GROWTH, y)
              * (year == 2020 ? 0.92 : 1.0)
              * Math.exp(walk)
              * Shock.factor(world, spec, i, j, k, year, jitter[y]);
      v[y] = (y >= born && y < dies && value >= 1.0) ? value : 0;
    }
    double unit =
        r.nextDouble() < 0.03 ? Double.NaN : world.unitValue[k] * Math.exp(0.3 * r.nextGaussian());
    return new Link(j, k, v, unit, jitter);
  }

  private static int poisson(double lambda, SplittableRandom r) {
    if (lambda > 30) {
      return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * r.nextGaussian()));
    }
    double l = Math.exp(-lambda);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
