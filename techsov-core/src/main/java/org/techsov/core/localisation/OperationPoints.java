package org.techsov.core.localisation;

import java.util.Objects;

/**
 * Points earned when an operation is performed in the territory on some item of the bill.
 *
 * @param operation operation name, as in {@link org.techsov.core.bom.Operation#type()}
 * @param points points awarded (once per rule, however many items carry the operation)
 * @param itemHsPrefix if not {@code null}, only operations on items whose HS code starts with it
 *     count (e.g. surface-mount placement on a printed circuit assembly)
 * @param note the source row or why the points are what they are; empty when not given
 */
public record OperationPoints(String operation, double points, String itemHsPrefix, String note) {
  public OperationPoints {
    Objects.requireNonNull(operation, "operation");
    note = note == null ? "" : note;
  }
}
