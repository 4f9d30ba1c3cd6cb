package org.techsov.core.trade;

import java.util.Objects;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;

/**
 * One reported trade flow: goods of one product sent from an exporter to an importer in a period.
 *
 * @param period the year or month of the flow
 * @param exporter the country of the exporter
 * @param importer the country of the importer
 * @param product the HS code (normally at 6 digits)
 * @param valueUsd value in current US dollars (BACI reports thousands; readers convert), finite and
 *     non-negative
 * @param quantity quantity in {@code quantityUnit}, or {@link Double#NaN} when not reported
 * @param quantityUnit unit of the quantity, e.g. {@code t} for metric tonnes (BACI)
 */
public record TradeFlow(
    Period period,
    CountryCode exporter,
    CountryCode importer,
    HsCode product,
    double valueUsd,
    double quantity,
    String quantityUnit) {
  public TradeFlow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(exporter, "exporter");
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(product, "product");
    if (!Double.isFinite(valueUsd) || valueUsd < 0) {
      throw new IllegalArgumentException("trade value must be finite and >= 0: " + valueUsd);
    }
    quantityUnit = quantityUnit == null ? "" : quantityUnit;
  }

  public boolean hasQuantity() {
    return !Double.isNaN(quantity);
  }
}
