package org.techsov.core.embargo;

import org.techsov.core.reference.CountryCode;

/**
 * A source or operation whose loss alone would block at least one product still available in the
 * scenario: the only remaining source of a part, or an operation such a source needs.
 *
 * @param node node number
 * @param label the node's label
 * @param kind {@link NodeKind#SOURCE} or {@link NodeKind#OPERATION}
 * @param supplier the supplier, or {@code null}
 * @param country the country, or {@code null}
 */
public record SinglePoint(
    int node, String label, NodeKind kind, String supplier, CountryCode country) {}
