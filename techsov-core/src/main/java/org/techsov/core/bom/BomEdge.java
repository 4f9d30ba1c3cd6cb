package org.techsov.core.bom;

import java.util.Objects;

/**
 * "{@code quantity} units of {@code child} go into one unit of {@code parent}".
 *
 * @param parent part number of the assembly or product
 * @param child part number of the component
 * @param quantity units of child per unit of parent; fractional quantities are allowed (a die is a
 *     fraction of a wafer), negative ones are rejected by validation
 * @param source where the edge was defined, or {@code null}
 */
public record BomEdge(String parent, String child, double quantity, SourceLocation source) {
  public BomEdge {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(child, "child");
  }

  public static BomEdge of(String parent, String child, double quantity) {
    return new BomEdge(parent, child, quantity, null);
  }
}
