package org.techsov.core.embargo;

/**
 * Why one node is blocked, kept as numbers so that reports on million-node graphs stay cheap; turn
 * it into words with {@link SupplierGraph#describe(Blockage)}.
 *
 * @param node the blocked node (usually a source of a blocked part)
 * @param cause why
 * @param input for {@link BlockCause#PROPAGATED}, the first blocked node it needs; else -1
 */
public record Blockage(int node, BlockCause cause, int input) {}
