package org.techsov.core.reference;

import java.util.List;
import java.util.Objects;

/**
 * A technology area as a named set of HS codes at any level; a product belongs to the area when its
 * code lies within one of them. Areas may overlap.
 *
 * @param id short identifier used on the command line, e.g. {@code microelectronics}
 * @param name descriptive name
 * @param codes HS chapters, headings or subheadings that make up the area
 */
public record TechnologyArea(String id, String name, List<HsCode> codes) {
  public TechnologyArea {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    codes = List.copyOf(codes);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("technology area " + id + " has no HS codes");
    }
  }

  /** True if {@code product} lies within one of the area's codes. */
  public boolean contains(HsCode product) {
    for (HsCode c : codes) {
      if (product.isWithin(c)) {
        return true;
      }
    }
    return false;
  }
}
