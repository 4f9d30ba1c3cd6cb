package org.techsov.core.circumvention;

import org.techsov.core.reference.CountryCode;

/**
 * A product's bloc-to-hub trade over the compared months: the matched baseline total and the post
 * total, US dollars.
 */
public record ProductTotals(CountryCode hub, int hs6, double base, double post) {}
