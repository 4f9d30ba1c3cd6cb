package org.techsov.core.programme;

import java.util.List;

/**
 * One category of a vendor-replacement catalogue: the foreign vendors a category's domestic
 * products are offered to replace.
 *
 * @param category category name in English, e.g. {@code virtualisation}
 * @param foreignVendors the foreign vendors replaced, as the catalogue names them
 * @param domesticVendors the domestic vendors offering replacements
 * @param productCount how many domestic products the catalogue lists in the category
 * @param citation the catalogue and its original category heading
 */
public record VendorReplacement(
    String category,
    List<String> foreignVendors,
    List<String> domesticVendors,
    int productCount,
    Citation citation) {
  public VendorReplacement {
    foreignVendors = List.copyOf(foreignVendors);
    domesticVendors = List.copyOf(domesticVendors);
  }
}
