package org.techsov.core.trade;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Monthly average exchange rates to the US dollar, as authored data with their source. A value in a
 * currency is converted with the average rate of its month: {@code usd = value * usdPerUnit}.
 *
 * @param source who publishes the rates and how they are averaged
 * @param rates US dollars per unit of each currency, by currency and month ({@code YYYY-MM})
 */
public record ExchangeRates(String source, Map<String, Map<String, Double>> rates) {
  public ExchangeRates {
    Objects.requireNonNull(source, "source");
    Map<String, Map<String, Double>> copy = new TreeMap<>();
    rates.forEach((c, m) -> copy.put(c, Collections.unmodifiableMap(new TreeMap<>(m))));
    rates = Collections.unmodifiableMap(copy);
  }

  /** US dollars per unit of {@code currency} in the month; USD is always 1. */
  public OptionalDouble usdPerUnit(String currency, int year, int month) {
    if ("USD".equals(currency)) {
      return OptionalDouble.of(1.0);
    }
    Map<String, Double> byMonth = rates.get(currency);
    Double r = byMonth == null ? null : byMonth.get(Period.ofMonth(year, month).toString());
    return r == null ? OptionalDouble.empty() : OptionalDouble.of(r);
  }

  /** The first and last month with a rate for the currency, e.g. {@code 2015-01..2023-11}. */
  public String coverage(String currency) {
    Map<String, Double> byMonth = rates.get(currency);
    if (byMonth == null || byMonth.isEmpty()) {
      return "none";
    }
    TreeMap<String, Double> sorted = new TreeMap<>(byMonth);
    return sorted.firstKey() + ".." + sorted.lastKey();
  }

  /** These rates with {@code other}'s added; other's win where both have a month. */
  public ExchangeRates with(ExchangeRates other) {
    Map<String, Map<String, Double>> merged = new TreeMap<>();
    rates.forEach((c, m) -> merged.put(c, new TreeMap<>(m)));
    other.rates.forEach((c, m) -> merged.computeIfAbsent(c, k -> new TreeMap<>()).putAll(m));
    return new ExchangeRates(source + "; " + other.source, merged);
  }
}
