package org.techsov.core.dependency;

import org.techsov.core.reference.CountryCode;

/**
 * One supplier's part of an importer's imports of a product group.
 *
 * @param supplier the exporting country
 * @param valueUsd imports from it, current US dollars
 * @param share its share of the group's imports, 0-1
 */
public record SupplierShare(CountryCode supplier, double valueUsd, double share) {}
