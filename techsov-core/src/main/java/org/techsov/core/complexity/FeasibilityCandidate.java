package org.techsov.core.complexity;

/**
 * One import-substitution candidate of a {@link FeasibilityReport}: a product the country imports
 * but does not export with revealed comparative advantage.
 *
 * @param product product label
 * @param rca the country's RCA in the product (below the presence threshold)
 * @param density closeness of the product to the country's current exports, 0-1
 * @param cog complexity outlook gain of starting to export the product
 * @param pci product complexity index (NaN if the product is unranked)
 * @param importValue the country's imports of the product
 * @param hhi supplier concentration, 0-1, NaN when unknown
 * @param blocShare share of imports from the chosen bloc, 0-1, NaN when unknown
 * @param densityRank 1 for the candidate with the highest density
 * @param cogRank 1 for the candidate with the highest COG
 * @param feasibility mean of the density and COG percentile ranks among the candidates, 0-1
 * @param dependency mean of the known import value, HHI and bloc-share percentile ranks, 0-1
 * @param priority {@code min(feasibility, dependency)}: high only when both are high
 * @param rank 1 for the first candidate of the combined ordering
 */
public record FeasibilityCandidate(
    String product,
    double rca,
    double density,
    double cog,
    double pci,
    double importValue,
    double hhi,
    double blocShare,
    int densityRank,
    int cogRank,
    double feasibility,
    double dependency,
    double priority,
    int rank) {}
