package org.techsov.ingest.reported;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.techsov.core.trade.ExchangeRates;
import org.techsov.core.trade.Period;
import org.techsov.ingest.rows.RowError;

/**
 * Converts values to US dollars at the monthly average rate of their period (a year at the mean of
 * its twelve months), row by row, so a file mixing currencies is converted correctly; it remembers
 * which currencies and months it used, for the import's note.
 */
final class Converter {
  private final ExchangeRates rates;
  private final Set<String> used = new TreeSet<>();
  private final java.util.Map<String, java.util.Map<Period, Double>> cache =
      new java.util.HashMap<>();

  Converter(ExchangeRates rates) {
    this.rates = rates;
  }

  double usd(String field, double value, String currency, Period period) {
    if (currency.equals("USD")) {
      return value;
    }
    java.util.Map<Period, Double> byPeriod =
        cache.computeIfAbsent(currency, k -> new java.util.HashMap<>());
    Double known = byPeriod.get(period);
    if (known != null) {
      return value * known;
    }
    OptionalDouble rate =
        period.isYear() ? yearly(currency, period.year()) : monthly(currency, period);
    if (rate.isEmpty()) {
      throw new RowError(
          field,
          currency,
          String.format(
              Locale.ROOT,
              "no %s/USD rate for %s in the conversion table (it covers %s); add it with --rates FILE",
              currency,
              period,
              rates.coverage(currency)));
    }
    used.add(currency + " " + period);
    byPeriod.put(period, rate.getAsDouble());
    return value * rate.getAsDouble();
  }

  private OptionalDouble monthly(String currency, Period p) {
    return rates.usdPerUnit(currency, p.year(), p.month());
  }

  private OptionalDouble yearly(String currency, int year) {
    double sum = 0;
    for (int m = 1; m <= 12; m++) {
      OptionalDouble r = rates.usdPerUnit(currency, year, m);
      if (r.isEmpty()) {
        return OptionalDouble.empty();
      }
      sum += r.getAsDouble();
    }
    return OptionalDouble.of(sum / 12);
  }

  /** e.g. {@code EUR converted at EUR: Federal Reserve ... (2020-01..2022-11)}, or empty. */
  String summary() {
    if (used.isEmpty()) {
      return "";
    }
    Set<String> currencies = new TreeSet<>();
    used.forEach(u -> currencies.add(u.substring(0, 3)));
    StringBuilder sb = new StringBuilder();
    for (String c : currencies) {
      String first = used.stream().filter(u -> u.startsWith(c)).findFirst().orElseThrow();
      String last = used.stream().filter(u -> u.startsWith(c)).reduce((a, b) -> b).orElseThrow();
      sb.append(sb.length() == 0 ? "" : "; ")
          .append(c)
          .append(" converted to USD at monthly average rates, ")
          .append(first.substring(4))
          .append("..")
          .append(last.substring(4))
          .append(" (")
          .append(rates.source())
          .append(")");
    }
    return sb.toString();
  }
}
