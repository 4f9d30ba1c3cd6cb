package org.techsov.core.complexity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.techsov.core.error.TechsovException;

/**
 * Computes every complexity output of one year: RCA, {@code M_cp}, diversity, ubiquity, ECI, PCI,
 * proximity, density, distance, COI, COG, fitness-complexity and the method of reflections.
 *
 * <p>Per year, independently: countries and products with zero total exports are dropped; RCA and
 * {@code M_cp} follow the options; the eigenvector is computed on the countries and products with
 * positive diversity and ubiquity; everything is normalised as the {@link Convention} says. See
 * {@code docs/methods/complexity.md}.
 */
public final class EconomicComplexity {
  private EconomicComplexity() {}

  /** Computes a year with an RCA presence test. */
  public static ComplexityResult compute(ExportMatrix exports, ComplexityOptions options) {
    return compute(exports, null, options);
  }

  /**
   * Computes a year.
   *
   * @param population population of the year's countries; required for the RPOP presence tests,
   *     ignored otherwise (may be null then)
   */
  public static ComplexityResult compute(
      ExportMatrix exports, Population population, ComplexityOptions options) {
    Objects.requireNonNull(exports, "exports");
    Objects.requireNonNull(options, "options");
    boolean needsPopulation = options.presenceTest().usesPopulation();
    if (needsPopulation && population == null) {
      throw TechsovException.invalidArgument(
          "the " + options.presenceTest() + " presence test needs a population table");
    }
    ActiveSet active = new ActiveSet(exports);
    int nc = active.countries.size();
    int np = active.products.size();
    double[] x = active.compactValues(exports);
    double[] rca =
        options.presenceTest() == PresenceTest.GIVEN ? x : RevealedAdvantage.rca(x, nc, np);
    double[] rpop =
        needsPopulation ? RevealedAdvantage.rpop(x, nc, np, active.countries, population) : null;
    Presence m = presence(options, rca, rpop, nc, np);
    return new ComplexityResult(exports.year(), options, active, m, values(options, m, rca, rpop));
  }

  private static YearValues values(
      ComplexityOptions options, Presence m, double[] rca, double[] rpop) {
    List<String> warnings = new ArrayList<>();
    EigenComplexity eigen = EigenComplexity.compute(m, warnings);
    // the R package rounds an odd count up so that the country index is of odd order
    int iterations = options.iterations() + options.iterations() % 2;
    Reflections reflections = new Reflections(m, iterations);
    FitnessComplexity fitness = new FitnessComplexity(m, iterations, options.extremality());
    ComplexityIndices indices =
        ComplexityIndices.of(options.convention(), m, eigen, reflections, warnings);
    ProductSpaceModel space = productSpace(options, m, rca, rpop);
    ProductSpaceModel.DensityAndGain dg = space.densityAndGain(indices.outlookWeights);
    double[] coi = indices.outlookIndex(outlookSums(m, dg.density(), indices.outlookWeights));
    double[] cog = Stats.scale(dg.gain(), indices.gainFactor);
    return new YearValues(
        rca,
        rpop,
        indices.eci,
        indices.pci,
        coi,
        dg.density(),
        cog,
        fitness.fitness,
        fitness.complexity,
        reflections.countryIndex,
        reflections.productIndex,
        space,
        List.copyOf(warnings));
  }

  private static Presence presence(
      ComplexityOptions o, double[] rca, double[] rpop, int nc, int np) {
    return switch (o.presenceTest()) {
      case RCA -> Presence.fromLevels(rca, nc, np, o.rcaThreshold(), o.thresholdRule());
      case RPOP -> Presence.fromLevels(rpop, nc, np, o.rpopThreshold(), o.thresholdRule());
      case RCA_OR_RPOP ->
          Presence.fromLevels(
              rca, rpop, nc, np, o.rcaThreshold(), o.rpopThreshold(), o.thresholdRule());
      case GIVEN -> Presence.fromLevels(rca, nc, np, 0.0, ThresholdRule.ABOVE);
    };
  }

  private static ProductSpaceModel productSpace(
      ComplexityOptions o, Presence m, double[] rca, double[] rpop) {
    double diagonal = o.convention().proximityDiagonal();
    return switch (o.proximity()) {
      case SYMMETRIC -> new DiscreteProductSpace(m, true, diagonal);
      case ASYMMETRIC -> new DiscreteProductSpace(m, false, diagonal);
      case CONTINUOUS ->
          new ContinuousProductSpace(
              m, o.presenceTest() == PresenceTest.RPOP ? rpop : rca, diagonal);
    };
  }

  // sum_p density_cp (1 - M_cp) v_p; products without a v (unranked) add nothing.
  private static double[] outlookSums(Presence m, double[] density, double[] v) {
    double[] out = new double[m.countries];
    for (int c = 0; c < m.countries; c++) {
      double s = 0.0;
      for (int p = 0; p < m.products; p++) {
        if (!m.has(c, p) && !Double.isNaN(v[p])) {
          s += density[c * m.products + p] * v[p];
        }
      }
      out[c] = s;
    }
    return out;
  }
}
