package org.techsov.core.bom;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.techsov.core.error.TechsovException;

/**
 * A fixed conversion table supplied by the caller: techsov never fetches rates. Scores are ratios,
 * so the choice of rates matters only when a bill mixes currencies.
 *
 * @param base ISO 4217 code every amount is converted to
 * @param perUnit units of {@code base} per one unit of each currency; the base itself may be left
 *     out (it is 1)
 * @param note where the rates come from and for which date; shown in explanations
 */
public record CurrencyTable(String base, Map<String, Double> perUnit, String note) {
  public CurrencyTable {
    Objects.requireNonNull(base, "base");
    Map<String, Double> copy = new TreeMap<>(perUnit == null ? Map.of() : perUnit);
    copy.forEach(
        (ccy, rate) -> {
          if (rate == null || !(rate > 0) || rate.isInfinite()) {
            throw TechsovException.invalidArgument(
                "conversion rate for " + ccy + " must be finite and > 0, got " + rate);
          }
        });
    copy.putIfAbsent(base, 1.0);
    perUnit = Map.copyOf(copy);
    note = note == null ? "" : note;
  }

  /** A table that knows only one currency: bills in any other currency are rejected. */
  public static CurrencyTable single(String base) {
    return new CurrencyTable(base, Map.of(), "single currency " + base);
  }

  public boolean knows(String currency) {
    return perUnit.containsKey(currency);
  }

  /** Units of the base per unit of {@code currency}, or an error naming the currency. */
  public double rate(String currency) {
    Double r = perUnit.get(currency);
    if (r == null) {
      throw TechsovException.invalidArgument(
          "no conversion rate from " + currency + " to " + base + " in the currency table");
    }
    return r;
  }
}
