package org.techsov.core.complexity;

import java.util.List;

/**
 * The import-substitution candidates of a country in a year, best first (see {@link
 * FeasibilityRanking} for the ordering).
 *
 * @param year calendar year of the complexity result
 * @param country the country label
 * @param candidates candidates in ranked order
 * @param importsWithoutComplexityData imported products nobody exported that year (or unknown to
 *     the complexity data), which therefore have no density or COG; sorted
 */
public record FeasibilityReport(
    int year,
    String country,
    List<FeasibilityCandidate> candidates,
    List<String> importsWithoutComplexityData) {
  public FeasibilityReport {
    candidates = List.copyOf(candidates);
    importsWithoutComplexityData = List.copyOf(importsWithoutComplexityData);
  }

  /** The first {@code n} candidates (all when there are fewer). */
  public List<FeasibilityCandidate> top(int n) {
    return candidates.subList(0, Math.min(n, candidates.size()));
  }
}
