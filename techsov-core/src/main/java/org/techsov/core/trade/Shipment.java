package org.techsov.core.trade;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.techsov.core.reference.CountryCode;

/**
 * One line of a customs declaration: goods of one kind crossing one border on one day.
 *
 * @param date the declaration date
 * @param hsCode the commodity code as declared (6 to 10 digits; the first six are the HS
 *     subheading)
 * @param hs6 the comparable HS6 subheading in the analysis revision (HS2022)
 * @param description the goods description as declared
 * @param origin the country of origin (where the goods were made)
 * @param dispatch the country of dispatch (where they were shipped from)
 * @param destination the country of destination
 * @param exporter the consignor's name
 * @param importer the consignee's name
 * @param manufacturer the manufacturer's name, or empty
 * @param brand the brand (trade mark), or empty
 * @param brandHq the country of the brand owner's headquarters, when known
 * @param value value in {@code currency}, finite and non-negative
 * @param currency ISO 4217 code of {@code value}
 * @param valueUsd value in current US dollars
 * @param quantity quantity in {@code quantityUnit}, or NaN when not declared
 * @param quantityUnit unit of the quantity, e.g. {@code kg} or {@code pcs}
 */
public record Shipment(
    LocalDate date,
    String hsCode,
    int hs6,
    String description,
    CountryCode origin,
    CountryCode dispatch,
    CountryCode destination,
    String exporter,
    String importer,
    String manufacturer,
    String brand,
    Optional<CountryCode> brandHq,
    double value,
    String currency,
    double valueUsd,
    double quantity,
    String quantityUnit) {
  public Shipment {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(hsCode, "hsCode");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(dispatch, "dispatch");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(brandHq, "brandHq");
    Objects.requireNonNull(currency, "currency");
    description = description == null ? "" : description;
    exporter = exporter == null ? "" : exporter;
    importer = importer == null ? "" : importer;
    manufacturer = manufacturer == null ? "" : manufacturer;
    brand = brand == null ? "" : brand;
    quantityUnit = quantityUnit == null ? "" : quantityUnit;
    if (!(value >= 0)
        || !Double.isFinite(value)
        || !(valueUsd >= 0)
        || !Double.isFinite(valueUsd)) {
      throw new IllegalArgumentException(
          "values must be finite and >= 0: " + value + ", " + valueUsd);
    }
  }
}
