package org.techsov.core.localisation;

import java.util.Objects;

/**
 * Points earned when the components matching an HS prefix are made in the territory (e.g. "use of a
 * domestic printed circuit board").
 *
 * @param label how the explanation names the component, e.g. {@code printed circuit board}
 * @param hsPrefix the components are the items (other than the product) whose HS code starts with
 *     this
 * @param points points awarded when the condition holds
 * @param requireAll true: every matching component must be domestic; false: one is enough
 * @param note the source row; empty when not given
 */
public record ComponentPoints(
    String label, String hsPrefix, double points, boolean requireAll, String note) {
  public ComponentPoints {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(hsPrefix, "hsPrefix");
    note = note == null ? "" : note;
  }
}
