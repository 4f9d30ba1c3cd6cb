package org.techsov.ingest.reported;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.trade.Period;
import org.techsov.core.trade.Shipment;
import org.techsov.ingest.rows.Header;
import org.techsov.ingest.rows.Row;
import org.techsov.ingest.rows.RowError;
import org.techsov.ingest.rows.RowParser;

/**
 * Shipment-level customs records in the layout of {@code docs/formats/shipments.md}: {@code date,
 * hs_code, description, origin, dispatch, destination, exporter, importer, manufacturer, brand,
 * value, currency, quantity, quantity_unit} and optionally {@code brand_hq}. The brand's HQ comes
 * from {@code brand_hq} when given, else from the brand table.
 */
final class ShipmentParser implements RowParser<Shipment> {
  static final String SOURCE = "SHIPMENTS";
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\d{6,10}");

  private final CountryResolver countries;
  private final ProductCodes products;
  private final Converter converter;
  private final BrandTable brands;
  private boolean hasBrandHq;
  private boolean hasCurrency;

  ShipmentParser(
      CountryResolver countries, ProductCodes products, Converter converter, BrandTable brands) {
    this.countries = countries;
    this.products = products;
    this.converter = converter;
    this.brands = brands;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public void header(Header h) {
    for (String c :
        new String[] {
          "date", "hs_code", "origin", "dispatch", "destination", "exporter", "importer", "value"
        }) {
      h.require(c, c);
    }
    for (String c :
        new String[] {"description", "manufacturer", "brand", "quantity", "quantity_unit"}) {
      h.alias(c, c);
    }
    hasCurrency = h.alias("currency", "currency");
    hasBrandHq = h.alias("brand_hq", "brand_hq");
  }

  @Override
  public List<Parsed<Shipment>> parse(Row r) {
    LocalDate date = date(r.get("date"));
    String code = r.get("hs_code").replace(".", "").replace(" ", "");
    if (!CODE.matcher(code).matches()) {
      throw new RowError("hs_code", r.get("hs_code"), "not a commodity code of 6 to 10 digits");
    }
    ProductCodes.Product p = products.parse("hs_code", code.substring(0, 6), null, date.getYear());
    CountryCode origin = countries.resolve("origin", r.get("origin"));
    CountryCode dispatch = countries.resolve("dispatch", r.get("dispatch"));
    CountryCode destination = countries.resolve("destination", r.get("destination"));
    if (destination.equals(dispatch)) {
      throw new RowError(
          "destination", r.get("destination"), "destination equals dispatch country");
    }
    double value = Values.value("value", r.get("value"));
    String currency = hasCurrency ? r.get("currency").toUpperCase(Locale.ROOT) : "USD";
    if (!Values.isCurrencyCode(currency)) {
      throw new RowError("currency", currency, "not an ISO 4217 currency code");
    }
    Period month = Period.ofMonth(date.getYear(), date.getMonthValue());
    double usd = converter.usd("currency", value, currency, month);
    String brand = r.optional("brand").orElse("");
    Optional<CountryCode> hq =
        hasBrandHq && r.optional("brand_hq").isPresent()
            ? Optional.of(countries.resolve("brand_hq", r.get("brand_hq")))
            : brands.headquarters(brand);
    return List.of(
        Parsed.of(
            new Shipment(
                date,
                code,
                p.hs6(),
                r.optional("description").orElse(""),
                origin,
                dispatch,
                destination,
                r.get("exporter"),
                r.get("importer"),
                r.optional("manufacturer").orElse(""),
                brand,
                hq,
                value,
                currency,
                usd,
                Values.quantity("quantity", r.optional("quantity").orElse("")),
                r.optional("quantity_unit").orElse(""))));
  }

  private static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw new RowError("date", raw, "not a date (YYYY-MM-DD)");
    }
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
