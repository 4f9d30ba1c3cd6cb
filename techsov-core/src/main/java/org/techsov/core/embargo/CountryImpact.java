package org.techsov.core.embargo;

import org.techsov.core.reference.CountryCode;

/**
 * What cutting one country alone would stop.
 *
 * @param country the country cut
 * @param blockedProducts number of products blocked
 * @param valueAtRisk their value per year, in the graph's currency
 */
public record CountryImpact(CountryCode country, int blockedProducts, double valueAtRisk) {}
