package org.techsov.ingest.bom;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.bom.IsoCodes;
import org.techsov.ingest.yaml.YamlDocument;
import org.techsov.ingest.yaml.YamlNode;

/**
 * Reads a fixed currency conversion table:
 *
 * <pre>
 * base: USD
 * note: illustrative fixed rates, not for valuation
 * rates: {EUR: 1.08, RUB: 0.0112}   # units of base per unit of each currency
 * </pre>
 */
public final class CurrencyTableReader {
  private CurrencyTableReader() {}

  public static CurrencyTable read(Reader reader, String file) {
    YamlNode root = YamlDocument.parse(reader, file).allowOnly("base", "note", "rates");
    YamlNode base = root.require("base");
    String baseCode = BomFields.currency(base.text(), base.location(), "base");
    Map<String, Double> rates = new LinkedHashMap<>();
    YamlNode table = root.require("rates");
    for (String ccy : table.keys()) {
      YamlNode rate = table.require(ccy);
      if (!IsoCodes.isKnownCurrency(ccy)) {
        throw rate.error("unknown currency '" + ccy + "' (ISO 4217)");
      }
      if (!(rate.number() > 0)) {
        throw rate.error("rate must be > 0");
      }
      rates.put(ccy, rate.number());
    }
    return new CurrencyTable(baseCode, rates, root.text("note", ""));
  }
}
