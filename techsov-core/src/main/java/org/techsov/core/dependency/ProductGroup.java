package org.techsov.core.dependency;

import java.util.Objects;

/**
 * A group of products a dependency row is computed over: an HS code at one level, or a technology
 * area.
 *
 * @param level the grouping level
 * @param code the HS code (2, 4 or 6 digits) or the area id
 */
public record ProductGroup(GroupLevel level, String code) implements Comparable<ProductGroup> {
  public ProductGroup {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
  }

  @Override
  public int compareTo(ProductGroup o) {
    int c = level.compareTo(o.level);
    return c != 0 ? c : code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
