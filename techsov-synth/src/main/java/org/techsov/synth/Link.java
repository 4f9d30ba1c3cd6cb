package org.techsov.synth;

/**
 * One exporter-importer-product relation and its value in each year of the world.
 *
 * @param importer importer index
 * @param product product index
 * @param valueUsd value in current US dollars per year (index 0 = first year); 0 when absent
 * @param unitValue US dollars per tonne for this relation, or NaN when quantity is not reported
 * @param jitter the shock's jitter in each year, to spread a year's value over its months
 */
record Link(int importer, int product, double[] valueUsd, double unitValue, double[] jitter) {}
