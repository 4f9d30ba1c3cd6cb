package org.techsov.core.circumvention;

/**
 * One product in a permutation test: its chapter (the stratum labels are permuted within), its
 * baseline and post totals, and whether it is on the goods list.
 */
public record PermutationUnit(int stratum, double base, double post, boolean treated) {}
