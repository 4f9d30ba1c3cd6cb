package org.techsov.ingest.reported;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.trade.FlowDirection;
import org.techsov.core.trade.Period;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.ingest.rows.Header;
import org.techsov.ingest.rows.Row;
import org.techsov.ingest.rows.RowError;
import org.techsov.ingest.rows.RowParser;

/**
 * UN Comtrade bulk files, monthly or annual, comma- or tab-separated: the current layout ({@code
 * freqCode, refYear, refMonth, period, reporterCode, reporterISO, flowCode, partnerCode,
 * partnerISO, partner2Code, classificationCode, cmdCode, customsCode, motCode, netWgt,
 * primaryValue}) and the legacy one ({@code Year, Period, Trade Flow Code, Reporter Code, Partner
 * Code, Commodity Code, Netweight (kg), Trade Value (US$)}). Values are US dollars; the partner
 * "World" and breakdowns by transport mode, customs procedure or second partner repeat the totals,
 * so they are refused as aggregates.
 */
final class ComtradeParser implements RowParser<ReportedFlow> {
  static final String SOURCE = "COMTRADE";
  private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{1,2}");

  private final CountryResolver countries;
  private final ProductCodes products;
  private boolean hasPeriod;
  private boolean hasYear;
  private boolean hasMonth;
  private boolean hasClassification;
  private boolean hasWeight;
  private boolean hasFrequency;

  ComtradeParser(CountryResolver countries, ProductCodes products) {
    this.countries = countries;
    this.products = products;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public void header(Header h) {
    h.require("reporter", "reporterISO", "reporter_iso", "reporterCode", "reporter_code");
    h.require("partner", "partnerISO", "partner_iso", "partnerCode", "partner_code");
    h.require("flow", "flowCode", "trade_flow_code");
    h.require("product", "cmdCode", "commodity_code");
    h.require("value", "primaryValue", "trade_value_(us$)", "tradeValue", "value_usd");
    hasPeriod = h.alias("period", "period");
    hasMonth = h.alias("month", "refMonth");
    hasYear = h.alias("year", "refYear", "year");
    if (!hasYear && !hasPeriod) {
      h.require("period", "period", "refYear");
    }
    hasFrequency = h.alias("frequency", "freqCode");
    hasClassification = h.alias("classification", "classificationCode", "classification");
    hasWeight = h.alias("kilograms", "netWgt", "netweight_(kg)", "net_weight_kg");
    h.alias("mot", "motCode");
    h.alias("customs", "customsCode");
    h.alias("partner2", "partner2Code", "2nd_partner_code");
  }

  @Override
  public List<Parsed<ReportedFlow>> parse(Row r) {
    Period period = period(r);
    refuseBreakdowns(r);
    CountryCode reporter = countries.resolve("reporterCode", r.get("reporter"));
    CountryCode partner = countries.resolve("partnerCode", r.get("partner"));
    if (reporter.equals(partner)) {
      throw new RowError("partnerCode", r.get("partner"), "partner equals reporter");
    }
    FlowDirection flow = flow(r.get("flow"));
    Optional<HsRevision> stated =
        hasClassification ? classification(r.get("classification")) : Optional.empty();
    ProductCodes.Product p =
        products.parse("cmdCode", r.get("product"), null, stated, period.year());
    double value = Values.value("primaryValue", r.get("value"));
    double kg = hasWeight ? Values.quantity("netWgt", r.get("kilograms")) : Double.NaN;
    return List.of(
        Parsed.of(
            new ReportedFlow(
                period,
                reporter,
                partner,
                flow,
                p.code(),
                p.level(),
                p.revision(),
                p.hs6(),
                value,
                "USD",
                value,
                kg,
                flow.isTotal(),
                flow.isTotal()
                    ? ""
                    : "subset of " + (flow == FlowDirection.RE_EXPORT ? "exports" : "imports"))));
  }

  private Period period(Row r) {
    String year = hasYear ? r.get("year") : "";
    String period = hasPeriod ? r.get("period") : "";
    if (hasFrequency) {
      String f = r.get("frequency").toUpperCase(Locale.ROOT);
      if (!f.equals("M") && !f.equals("A")) {
        throw new RowError("freqCode", f, "frequency must be M (monthly) or A (annual)");
      }
      if (f.equals("A")) {
        return Periods.parse(
            "refYear", year.isEmpty() && period.length() >= 4 ? period.substring(0, 4) : year);
      }
    }
    if (!period.isEmpty()) {
      return Periods.parse("period", period);
    }
    String month = hasMonth ? r.get("month") : "";
    if (month.isEmpty() || month.equals("0") || month.equals("52")) {
      return Periods.parse("refYear", year);
    }
    if (!MONTH.matcher(month).matches()) {
      throw new RowError("refMonth", month, "not a month (1-12)");
    }
    return Periods.parse(
        "refMonth", year + String.format(Locale.ROOT, "%02d", Integer.parseInt(month)));
  }

  private static void refuseBreakdowns(Row r) {
    r.optional("mot")
        .filter(v -> !v.equals("0"))
        .ifPresent(
            v -> {
              throw RowError.aggregate(
                  "motCode",
                  v,
                  "breakdown by mode of transport; the total (motCode 0) carries the value");
            });
    r.optional("customs")
        .filter(v -> !v.equalsIgnoreCase("C00"))
        .ifPresent(
            v -> {
              throw RowError.aggregate(
                  "customsCode",
                  v,
                  "breakdown by customs procedure; the total (C00) carries the value");
            });
    r.optional("partner2")
        .filter(v -> !v.equals("0") && !v.equalsIgnoreCase("W00"))
        .ifPresent(
            v -> {
              throw RowError.aggregate(
                  "partner2Code",
                  v,
                  "breakdown by second partner; the total (0) carries the value");
            });
  }

  private static FlowDirection flow(String raw) {
    String t = raw.strip().toUpperCase(Locale.ROOT);
    switch (t) {
      case "3":
        return FlowDirection.RE_EXPORT;
      case "4":
        return FlowDirection.RE_IMPORT;
      case "DX", "FM", "MIP", "XIP", "MOP", "XOP", "MIF", "XIF":
        throw RowError.aggregate(
            "flowCode",
            raw,
            "flow " + raw + " is a part of exports or imports; X and M carry the totals");
      default:
        return FlowDirection.parse(t)
            .orElseThrow(() -> new RowError("flowCode", raw, "not a flow code (X, M, RX, RM)"));
    }
  }

  private static Optional<HsRevision> classification(String raw) {
    String t = raw.strip().toUpperCase(Locale.ROOT);
    if (t.isEmpty() || t.equals("HS")) {
      return Optional.empty();
    }
    return Optional.of(
        HsRevision.parse(t)
            .orElseThrow(
                () ->
                    new RowError(
                        "classificationCode", raw, "not an HS classification (H0..H6 or HS)")));
  }

  @Override
  public String summary() {
    return "";
  }

  @Override
  public String revision() {
    return products.description().replace("HS in force by period", "HS as classified by row");
  }

  @Override
  public Map<Integer, Integer> productGroups() {
    return products.groups();
  }
}
