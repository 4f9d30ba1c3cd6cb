/**
 * Economic complexity and substitution feasibility: revealed comparative advantage, the
 * country-product presence matrix, diversity and ubiquity, ECI and PCI, the product space
 * (proximity, density, distance), the complexity outlook (COI, COG), fitness-complexity and the
 * method of reflections, and the feasibility ranking of import-substitution candidates.
 *
 * <p>Entry points: {@link org.techsov.core.complexity.EconomicComplexity#compute} for one year of
 * export values, {@link org.techsov.core.complexity.FeasibilityRanking#rank} for one country of a
 * computed year. Every computation is per year and pure: the caller hands in an {@link
 * org.techsov.core.complexity.ExportMatrix} and receives a {@link
 * org.techsov.core.complexity.ComplexityResult}. The conventions (which reference each number
 * reproduces, and what happens at the edge cases the references leave as {@code NaN}) are in {@code
 * docs/methods/complexity.md}.
 */
package org.techsov.core.complexity;
