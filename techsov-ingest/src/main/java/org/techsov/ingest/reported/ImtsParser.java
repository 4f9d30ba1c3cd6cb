package org.techsov.ingest.reported;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.trade.FlowDirection;
import org.techsov.core.trade.Period;
import org.techsov.core.trade.ProductLevel;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.ingest.rows.Header;
import org.techsov.ingest.rows.Row;
import org.techsov.ingest.rows.RowError;
import org.techsov.ingest.rows.RowParser;

/**
 * IMF International Trade in Goods (IMTS, formerly DOTS) series in wide form: one record per
 * country, indicator and counterpart, one column per year ({@code 2016 ... 2024}), values in the
 * record's scale (usually millions) of US dollars, all goods. {@code MG_CIF_USD} are the country's
 * imports (CIF), {@code XG_FOB_USD} its exports (FOB). Each year with a value is one row read.
 */
final class ImtsParser implements RowParser<ReportedFlow> {
  static final String SOURCE = "IMTS";
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final CountryResolver countries;
  private final List<String> years = new ArrayList<>();

  ImtsParser(CountryResolver countries) {
    this.countries = countries;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public void header(Header h) {
    h.require("reporter", "COUNTRY.ID", "country_id");
    h.require("partner", "COUNTERPART_COUNTRY.ID", "counterpart_country_id");
    h.require("indicator", "INDICATOR.ID", "indicator_id");
    h.alias("scale", "SCALE.ID", "scale_id");
    for (int y = 1948; y <= 2100; y++) {
      if (h.has(Integer.toString(y))) {
        years.add(Integer.toString(y));
      }
    }
    if (years.isEmpty()) {
      throw new org.techsov.core.error.TechsovException(
          org.techsov.core.error.ErrorCode.MALFORMED_FILE,
          "the IMTS file has no year columns (1948-2100)");
    }
  }

  @Override
  public List<Parsed<ReportedFlow>> parse(Row r) {
    List<Parsed<ReportedFlow>> out = new ArrayList<>();
    for (String y : years) {
      String raw = r.get(y);
      if (raw.isEmpty()) {
        continue;
      }
      try {
        out.add(Parsed.of(flow(r, Integer.parseInt(y), raw)));
      } catch (RowError e) {
        out.add(Parsed.rejected(e));
      }
    }
    return out;
  }

  private ReportedFlow flow(Row r, int year, String raw) {
    CountryCode reporter = countries.resolve("COUNTRY.ID", r.get("reporter"));
    CountryCode partner = countries.resolve("COUNTERPART_COUNTRY.ID", r.get("partner"));
    String indicator = r.get("indicator").toUpperCase(Locale.ROOT);
    FlowDirection flow =
        indicator.startsWith("MG")
            ? FlowDirection.IMPORT
            : indicator.startsWith("XG") ? FlowDirection.EXPORT : null;
    if (flow == null || !indicator.endsWith("USD")) {
      throw new RowError(
          "INDICATOR.ID",
          indicator,
          "not a goods trade indicator in US dollars (MG_.._USD, XG_.._USD)");
    }
    String scaleText = r.optional("scale").orElse("0");
    if (!scaleText.matches("\\d{1,2}")) {
      throw new RowError("SCALE.ID", scaleText, "not a power of ten (6 for millions)");
    }
    double scale = Math.pow(10, Integer.parseInt(scaleText));
    double value = Values.value(Integer.toString(year), raw) * scale;
    return new ReportedFlow(
        Period.ofYear(year),
        reporter,
        partner,
        flow,
        "",
        ProductLevel.TOTAL,
        HsRevision.HS2022,
        -1,
        value,
        "USD",
        value,
        Double.NaN,
        true,
        "");
  }

  @Override
  public String summary() {
    return "IMF IMTS: all goods, annual, US dollars (imports CIF, exports FOB)";
  }

  @Override
  public String revision() {
    return "all goods";
  }

  @Override
  public Map<Integer, Integer> productGroups() {
    return Map.of();
  }
}
