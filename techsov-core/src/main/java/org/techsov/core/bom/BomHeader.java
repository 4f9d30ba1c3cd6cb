package org.techsov.core.bom;

import java.util.Objects;
import java.util.Set;

/**
 * What a bill of materials says about itself rather than about its items.
 *
 * @param id short identifier, e.g. {@code mcu-domestic-design}
 * @param name descriptive name
 * @param product part number of the end product (the root item)
 * @param currency ISO 4217 code of the product-level {@code valuation}
 * @param attestations conditions the producer declares true (e.g. {@code design_rights_5y}, {@code
 *     service_centre}); mandatory conditions and multipliers of rule sets refer to them
 * @param valuation product-level values for value-share rules
 * @param annualVolume units of the end product a year, used to turn unit values into value at risk;
 *     1 when not known
 * @param source where the header was read, or {@code null}
 */
public record BomHeader(
    String id,
    String name,
    String product,
    String currency,
    Set<String> attestations,
    Valuation valuation,
    double annualVolume,
    SourceLocation source) {
  public BomHeader {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(currency, "currency");
    name = name == null ? id : name;
    attestations = attestations == null ? Set.of() : Set.copyOf(attestations);
    valuation = valuation == null ? Valuation.none() : valuation;
    if (!(annualVolume > 0) || Double.isInfinite(annualVolume)) {
      throw new IllegalArgumentException("annual volume must be finite and > 0: " + annualVolume);
    }
  }

  /** A header with only the essentials, for tests and generators. */
  public static BomHeader of(String id, String product, String currency) {
    return new BomHeader(id, id, product, currency, Set.of(), Valuation.none(), 1, null);
  }
}
