package org.techsov.core.localisation;

import java.util.List;

/**
 * The points part of a rule set: points per in-territory operation, per domestic component, and
 * multipliers on the total.
 */
public record PointsTable(
    List<OperationPoints> operations,
    List<ComponentPoints> components,
    List<Multiplier> multipliers) {
  public PointsTable {
    operations = operations == null ? List.of() : List.copyOf(operations);
    components = components == null ? List.of() : List.copyOf(components);
    multipliers = multipliers == null ? List.of() : List.copyOf(multipliers);
  }

  public static PointsTable empty() {
    return new PointsTable(null, null, null);
  }

  /** The most points the table can award before multipliers. */
  public double maximum() {
    double sum = 0;
    for (OperationPoints o : operations) {
      sum += Math.max(0, o.points());
    }
    for (ComponentPoints c : components) {
      sum += Math.max(0, c.points());
    }
    return sum;
  }
}
