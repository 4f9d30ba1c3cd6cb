package org.techsov.core.trade;

import java.util.Objects;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsRevision;

/**
 * One flow as a country reports it (unlike BACI, which reconciles both sides): what {@code
 * reporter} declared as exports to, or imports from, {@code partner}.
 *
 * @param period the month (or the year, for annual reports)
 * @param reporter the reporting country
 * @param partner the partner country (destination of exports, origin or consignment of imports)
 * @param direction exports, imports or their re-export/re-import subsets
 * @param productCode the code as reported: {@code ""} for all goods, 2, 4, 6 or 8 digits
 * @param level the code's level
 * @param revision the HS revision the code belongs to (the CN of a year follows the HS in force)
 * @param hs6 the comparable subheading in the analysis revision (HS2022), or -1 when the code is
 *     coarser than HS6
 * @param value value in {@code currency}, finite and non-negative
 * @param currency ISO 4217 code of {@code value}, e.g. {@code EUR}
 * @param valueUsd value in current US dollars (converted at the month's rate)
 * @param quantity net mass in kilograms, or NaN when not reported
 * @param countable false for rows that are by definition aggregates or subsets of other rows
 *     (partner "World", breakdowns by transport mode, re-exports); they are stored, never summed
 * @param note why a row is not countable, or empty
 */
public record ReportedFlow(
    Period period,
    CountryCode reporter,
    CountryCode partner,
    FlowDirection direction,
    String productCode,
    ProductLevel level,
    HsRevision revision,
    int hs6,
    double value,
    String currency,
    double valueUsd,
    double quantity,
    boolean countable,
    String note) {
  public ReportedFlow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(currency, "currency");
    if (productCode.length() != level.digits()) {
      throw new IllegalArgumentException(
          "product code '" + productCode + "' does not have the " + level.digits() + " digits");
    }
    if (!(value >= 0)
        || !Double.isFinite(value)
        || !(valueUsd >= 0)
        || !Double.isFinite(valueUsd)) {
      throw new IllegalArgumentException(
          "values must be finite and >= 0: " + value + ", " + valueUsd);
    }
    note = note == null ? "" : note;
  }

  public boolean hasQuantity() {
    return !Double.isNaN(quantity);
  }
}
