package org.techsov.core.bom;

import java.util.List;
import java.util.Objects;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;

/**
 * One part, assembly or end product of a bill of materials. How many of it go into what is said by
 * {@link BomEdge}s, so one item may be used by several parents.
 *
 * @param partNumber identifier, unique within the bill of materials
 * @param description free text; empty when not given
 * @param hsCode Harmonized System code, or {@code null} when not given
 * @param manufacturer who makes it; empty when not stated
 * @param origin country of origin (where it is made), or {@code null} when undetermined, which
 *     every value-share rule counts as non-originating
 * @param unitValue value of one unit in {@code currency}: the purchase price of a bought part, the
 *     cost or transfer value of an assembly including its components, the transaction value of the
 *     end product
 * @param currency ISO 4217 code of {@code unitValue} and of the operations' value added
 * @param operations operations performed on this item (not on its components)
 * @param substitutes alternate sources, qualified or not
 * @param source where the item was defined, or {@code null} for items built in code
 */
public record BomItem(
    String partNumber,
    String description,
    HsCode hsCode,
    String manufacturer,
    CountryCode origin,
    double unitValue,
    String currency,
    List<Operation> operations,
    List<Substitute> substitutes,
    SourceLocation source) {
  public BomItem {
    Objects.requireNonNull(partNumber, "partNumber");
    Objects.requireNonNull(currency, "currency");
    description = description == null ? "" : description;
    manufacturer = manufacturer == null ? "" : manufacturer;
    operations = operations == null ? List.of() : List.copyOf(operations);
    substitutes = substitutes == null ? List.of() : List.copyOf(substitutes);
  }

  /** A bare item for tests and generators: no HS code, operations, substitutes or source. */
  public static BomItem of(String partNumber, CountryCode origin, double unitValue, String ccy) {
    return new BomItem(partNumber, "", null, "", origin, unitValue, ccy, null, null, null);
  }

  /** This item with other operations. */
  public BomItem withOperations(List<Operation> newOperations) {
    return new BomItem(
        partNumber,
        description,
        hsCode,
        manufacturer,
        origin,
        unitValue,
        currency,
        newOperations,
        substitutes,
        source);
  }

  /** This item with other substitutes. */
  public BomItem withSubstitutes(List<Substitute> newSubstitutes) {
    return new BomItem(
        partNumber,
        description,
        hsCode,
        manufacturer,
        origin,
        unitValue,
        currency,
        operations,
        newSubstitutes,
        source);
  }
}
