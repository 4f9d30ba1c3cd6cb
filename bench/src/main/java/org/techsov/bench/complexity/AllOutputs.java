package org.techsov.bench.complexity;

import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.EconomicComplexity;
import org.techsov.core.complexity.ExportMatrix;

/**
 * The unit of work both benchmarks time: every output of a year, as the reference produces them
 * ({@code ecomplexity()} plus {@code proximity()}): RCA, Mcp, diversity, ubiquity, ECI, PCI,
 * density, COI, COG, fitness-complexity and reflections (all computed eagerly), plus the full P x P
 * proximity matrix materialised.
 */
final class AllOutputs {
  private AllOutputs() {}

  /** Computes everything; returns a checksum so the work cannot be optimised away. */
  static double run(ExportMatrix exports, ComplexityOptions options) {
    ComplexityResult r = EconomicComplexity.compute(exports, options);
    double[] proximity = r.proximity().toArray();
    int last = r.products().size() - 1;
    return r.eci(0)
        + r.pci(last)
        + r.cog(0, last)
        + r.coi(0)
        + r.density(0, 0)
        + r.fitness(0)
        + proximity[proximity.length - 2];
  }
}
