package org.techsov.core.dependency;

/**
 * The part of an importer's imports of a product group that comes from a bloc's members.
 *
 * @param bloc the bloc id
 * @param valueUsd imports from members, current US dollars
 * @param share share of the group's imports, 0-1
 */
public record BlocShare(String bloc, double valueUsd, double share) {}
