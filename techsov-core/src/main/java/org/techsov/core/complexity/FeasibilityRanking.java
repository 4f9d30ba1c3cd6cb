package org.techsov.core.complexity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Ranks the import-substitution candidates of a country: the products it imports ({@code
 * importValue > 0}) but does not export with revealed comparative advantage ({@code M_cp = 0}).
 *
 * <p>Every measure is turned into a percentile rank among the candidates (0 = lowest, 1 = highest,
 * ties share the mean rank; a single candidate scores 1), so that dollars, shares and indices can
 * be combined without choosing scales. <b>Feasibility</b> is the mean of the density and COG
 * percentiles (close to what the country already exports, and worth the most complexity).
 * <b>Dependency</b> is the mean of the import value, HHI and bloc-share percentiles that are known.
 * Candidates are ordered by {@code priority = min(feasibility, dependency)}, so a product comes
 * first only when it is both feasible and a dependency; ties by {@code feasibility + dependency},
 * then by product label.
 */
public final class FeasibilityRanking {
  private FeasibilityRanking() {}

  /** Ranks the candidates of {@code country} in {@code result} given its import dependencies. */
  public static FeasibilityReport rank(
      ComplexityResult result, String country, Collection<ImportDependency> imports) {
    int c = countryRow(result, country);
    List<ImportDependency> chosen = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ImportDependency d : imports) {
      if (!seen.add(d.product())) {
        throw TechsovException.invalidArgument("product listed twice in imports: " + d.product());
      }
      int p = result.productIndex(d.product());
      if (p < 0) {
        unknown.add(d.product());
      } else if (d.importValue() > 0 && !result.mcp(c, p)) {
        chosen.add(d);
        columns.add(p);
      }
    }
    unknown.sort(Comparator.naturalOrder());
    return new FeasibilityReport(
        result.year(), country, score(result, c, chosen, columns), unknown);
  }

  private static int countryRow(ComplexityResult result, String country) {
    int c = result.countryIndex(country);
    if (c >= 0) {
      return c;
    }
    if (result.droppedCountries().contains(country)) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          country
              + " exports nothing in "
              + result.year()
              + ", so it has no density or COG to rank candidates by");
    }
    throw new TechsovException(
        ErrorCode.UNKNOWN_COUNTRY, "no exports of " + country + " in " + result.year());
  }

  private static List<FeasibilityCandidate> score(
      ComplexityResult r, int c, List<ImportDependency> imports, List<Integer> columns) {
    int n = imports.size();
    double[] density = new double[n];
    double[] cog = new double[n];
    double[] value = new double[n];
    double[] hhi = new double[n];
    double[] bloc = new double[n];
    for (int i = 0; i < n; i++) {
      int p = columns.get(i);
      density[i] = r.density(c, p);
      cog[i] = r.cog(c, p);
      value[i] = imports.get(i).importValue();
      hhi[i] = imports.get(i).hhi();
      bloc[i] = imports.get(i).blocShare();
    }
    double[] feasibility = PercentileRanks.mean(density, cog);
    double[] dependency = PercentileRanks.mean(value, hhi, bloc);
    int[] densityRank = PercentileRanks.ordinal(density);
    int[] cogRank = PercentileRanks.ordinal(cog);
    List<FeasibilityCandidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int p = columns.get(i);
      ImportDependency d = imports.get(i);
      out.add(
          new FeasibilityCandidate(
              d.product(),
              r.rca(c, p),
              density[i],
              cog[i],
              r.pci(p),
              d.importValue(),
              d.hhi(),
              d.blocShare(),
              densityRank[i],
              cogRank[i],
              feasibility[i],
              dependency[i],
              Math.min(feasibility[i], dependency[i]),
              0));
    }
    return ordered(out);
  }

  private static final Comparator<FeasibilityCandidate> ORDER =
      Comparator.comparingDouble(FeasibilityCandidate::priority)
          .reversed()
          .thenComparing(
              Comparator.comparingDouble(
                      (FeasibilityCandidate f) -> f.feasibility() + f.dependency())
                  .reversed())
          .thenComparing(FeasibilityCandidate::product);

  // sorts by the combined ordering and numbers the candidates from 1
  private static List<FeasibilityCandidate> ordered(List<FeasibilityCandidate> candidates) {
    candidates.sort(ORDER);
    List<FeasibilityCandidate> ranked = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      FeasibilityCandidate f = candidates.get(i);
      ranked.add(
          new FeasibilityCandidate(
              f.product(),
              f.rca(),
              f.density(),
              f.cog(),
              f.pci(),
              f.importValue(),
              f.hhi(),
              f.blocShare(),
              f.densityRank(),
              f.cogRank(),
              f.feasibility(),
              f.dependency(),
              f.priority(),
              i + 1));
    }
    return ranked;
  }
}
