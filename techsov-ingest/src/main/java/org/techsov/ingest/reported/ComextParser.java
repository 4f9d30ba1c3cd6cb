package org.techsov.ingest.reported;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.trade.FlowDirection;
import org.techsov.core.trade.Period;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.ingest.rows.Header;
import org.techsov.ingest.rows.Row;
import org.techsov.ingest.rows.RowError;
import org.techsov.ingest.rows.RowParser;

/**
 * Eurostat Comext extracts (dataset DS-045409 "EU trade since 1988 by HS2-4-6 and CN8"), in long
 * form: one row per reporter, partner, product, period, with the value in euro. Column names of the
 * bulk files ({@code DECLARANT_ISO, PARTNER_ISO, PRODUCT_NC, FLOW, PERIOD, VALUE_IN_EUROS,
 * QUANTITY_IN_KG}) and of tidy extracts ({@code reporter_iso3, partner_iso3, product_code,
 * product_level, period, value_eur}) are both read. Codes may mix CN8 rows with the HS4 totals of
 * their headings; the store counts the finer rows only.
 */
final class ComextParser implements RowParser<ReportedFlow> {
  static final String SOURCE = "COMEXT";

  private final CountryResolver countries;
  private final ProductCodes products;
  private final Converter converter;
  private final Optional<FlowDirection> flow;
  private boolean hasFlow;
  private boolean hasLevel;
  private boolean hasCurrency;
  private boolean hasQuantity;

  ComextParser(
      CountryResolver countries,
      ProductCodes products,
      Converter converter,
      Optional<FlowDirection> flow) {
    this.countries = countries;
    this.products = products;
    this.converter = converter;
    this.flow = flow;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public void header(Header h) {
    h.require(
        "reporter", "reporter_iso3", "declarant_iso", "reporter_iso", "reporter", "declarant");
    h.require("partner", "partner_iso3", "partner_iso", "partner");
    h.require("product", "product_code", "product_nc", "product", "cn8");
    h.require("period", "period", "time_period", "month");
    h.require("value", "value_eur", "value_in_euros", "value");
    hasLevel = h.alias("level", "product_level");
    hasFlow = h.alias("flow", "flow", "flow_code");
    hasCurrency = h.alias("currency", "currency");
    hasQuantity = h.alias("quantity", "quantity_kg", "quantity_in_kg", "net_mass_kg");
    if (!hasFlow && flow.isEmpty()) {
      throw org.techsov.core.error.TechsovException.invalidArgument(
          "the file has no flow column: say which flow its rows are with --flow export (or"
              + " import)");
    }
  }

  @Override
  public List<Parsed<ReportedFlow>> parse(Row r) {
    CountryCode reporter = countries.resolve("reporter", r.get("reporter"));
    CountryCode partner = countries.resolve("partner", r.get("partner"));
    if (reporter.equals(partner)) {
      throw new RowError("partner", r.get("partner"), "partner equals reporter");
    }
    FlowDirection direction = hasFlow ? direction(r.get("flow")) : flow.orElseThrow();
    Period period = Periods.parse("period", r.get("period"));
    ProductCodes.Product p =
        products.parse(
            "product", r.get("product"), hasLevel ? r.get("level") : null, period.year());
    double value = Values.value("value", r.get("value"));
    String currency = hasCurrency ? r.get("currency").toUpperCase(Locale.ROOT) : "EUR";
    if (!Values.isCurrencyCode(currency)) {
      throw new RowError("currency", currency, "not an ISO 4217 currency code");
    }
    double usd = converter.usd("currency", value, currency, period);
    double kg = hasQuantity ? Values.quantity("quantity", r.get("quantity")) : Double.NaN;
    return List.of(
        Parsed.of(
            new ReportedFlow(
                period,
                reporter,
                partner,
                direction,
                p.code(),
                p.level(),
                p.revision(),
                p.hs6(),
                value,
                currency,
                usd,
                kg,
                direction.isTotal(),
                direction.isTotal()
                    ? ""
                    : "subset of "
                        + (direction == FlowDirection.RE_EXPORT ? "exports" : "imports"))));
  }

  private static FlowDirection direction(String raw) {
    return FlowDirection.parse(raw)
        .orElseThrow(() -> new RowError("flow", raw, "not a flow (EXPORT, IMPORT, 1, 2, X, M)"));
  }

  @Override
  public String summary() {
    return converter.summary();
  }

  @Override
  public String revision() {
    return products.description();
  }

  @Override
  public Map<Integer, Integer> productGroups() {
    return products.groups();
  }
}
