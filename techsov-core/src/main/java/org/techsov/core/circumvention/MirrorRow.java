package org.techsov.core.circumvention;

import org.techsov.core.reference.CountryCode;

/**
 * The mirror comparison of one partner and product group.
 *
 * @param partner the partner that should report the imports
 * @param group the product group
 * @param gap the gap before and after the sanction
 * @param ghostTrade the post-sanction gap lies above the pre-sanction distribution
 */
public record MirrorRow(CountryCode partner, String group, MirrorGap gap, boolean ghostTrade) {}
