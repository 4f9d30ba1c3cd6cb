package org.techsov.ingest.reported;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.trade.ExchangeRates;
import org.techsov.ingest.csv.CsvTable;

/**
 * The monthly exchange rates packaged with techsov ({@code reference/exchange-rates.csv}: EUR from
 * the Federal Reserve's H.10 monthly averages) and rates users add from a file with the same
 * columns {@code currency,month,usd_per_unit}.
 */
public final class ExchangeRateTable {
  static final String SOURCE =
      "EUR: Federal Reserve H.10/G.5 monthly averages of daily noon buying rates (FRED EXUSEU)";
  private static volatile ExchangeRates builtIn;

  private ExchangeRateTable() {}

  public static ExchangeRates builtIn() {
    ExchangeRates r = builtIn;
    if (r == null) {
      try (InputStream in =
          ExchangeRateTable.class.getResourceAsStream(
              "/org/techsov/reference/exchange-rates.csv")) {
        r = parse(CsvTable.read("reference/exchange-rates.csv", in), SOURCE);
        builtIn = r;
      } catch (IOException e) {
        throw new TechsovException(ErrorCode.INTERNAL_ERROR, "cannot read the packaged rates", e);
      }
    }
    return r;
  }

  /** Rates from a user's file, named by its path in messages. */
  public static ExchangeRates read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "rates file not found: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(CsvTable.read(file.toString(), in), "rates from " + file.getFileName());
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot read " + file + ": " + e, e);
    }
  }

  private static ExchangeRates parse(CsvTable t, String source) {
    Map<String, Map<String, Double>> rates = new TreeMap<>();
    for (CsvRecord r : t.rows()) {
      String currency = t.get(r, "currency").toUpperCase(java.util.Locale.ROOT);
      String month = t.get(r, "month");
      if (!currency.matches("[A-Z]{3}")) {
        throw t.error(r, "currency", currency, "not an ISO 4217 currency code");
      }
      if (!month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
        throw t.error(r, "month", month, "not a month (YYYY-MM)");
      }
      String raw = t.get(r, "usd_per_unit");
      double v;
      try {
        v = Double.parseDouble(raw);
      } catch (NumberFormatException e) {
        throw t.error(r, "usd_per_unit", raw, "not a number");
      }
      if (!(v > 0) || Double.isInfinite(v)) {
        throw t.error(r, "usd_per_unit", raw, "a rate must be a positive number");
      }
      if (rates.computeIfAbsent(currency, k -> new TreeMap<>()).put(month, v) != null) {
        throw t.error(r, "month", month, "second rate for " + currency + " in the same month");
      }
    }
    return new ExchangeRates(source, rates);
  }
}
