package org.techsov.ingest.reported;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.CountryRegistry;
import org.techsov.ingest.rows.RowError;

/**
 * Reads the country codes trade statistics use: ISO alpha-3 and alpha-2 (with Eurostat's {@code EL}
 * for Greece and {@code UK} for the United Kingdom), and the numeric codes of UN Comtrade (which
 * BACI uses too: 842 United States, 251 France) or ISO. Aggregates (World, areas not specified, the
 * EU as a whole, stores and provisions) are recognised and refused as such.
 */
final class CountryResolver {
  private static final Set<String> AGGREGATES =
      Set.of(
          "W00",
          "WLD",
          "WORLD",
          "0",
          "_X",
          "X1",
          "XX",
          "EU",
          "EU27",
          "EU27_2020",
          "EU28",
          "EXT_EU27_2020",
          "EXT_EU",
          "EA",
          "EA19",
          "EA20",
          "INT_EU27_2020",
          "899",
          "R4",
          "ZZ");
  private static final Map<String, String> EUROSTAT = Map.of("EL", "GR", "UK", "GB");

  /** Codes the IMF uses where ISO differs. */
  private static final Map<String, String> IMF = Map.of("WBG", "PSE", "UVK", "XKX", "KOS", "XKX");

  private final CountryRegistry countries;
  private final Map<String, Country> byAlpha2 = new HashMap<>();

  CountryResolver(CountryRegistry countries) {
    this.countries = countries;
    for (Country c : countries.all()) {
      if (!c.alpha2().isEmpty()) {
        byAlpha2.putIfAbsent(c.alpha2(), c);
      }
    }
  }

  private final Map<String, CountryCode> cache = new HashMap<>();

  /** The country a code names, or a row error (marked expected for aggregates). */
  CountryCode resolve(String field, String raw) {
    CountryCode known = cache.get(raw);
    if (known != null) {
      return known;
    }
    CountryCode c = lookUp(field, raw);
    cache.put(raw, c);
    return c;
  }

  private CountryCode lookUp(String field, String raw) {
    String t = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    if (t.isEmpty()) {
      throw new RowError(field, raw, "country code missing");
    }
    Optional<Country> c = find(t);
    if (c.isPresent()) {
      return c.get().code();
    }
    if (isAggregate(t)) {
      throw RowError.aggregate(
          field, raw, "aggregate partner " + raw + " (not a country; its countries are listed)");
    }
    throw new RowError(field, raw, "unknown country code " + raw);
  }

  private Optional<Country> find(String t) {
    if (t.matches("\\d{1,3}")) {
      int n = Integer.parseInt(t);
      return countries.byBaciCode(n).or(() -> countries.byKey(n));
    }
    if (t.length() == 2) {
      return Optional.ofNullable(byAlpha2.get(EUROSTAT.getOrDefault(t, t)));
    }
    if (t.length() == 3 && t.matches("[A-Z][A-Z0-9]{2}")) {
      return countries.find(new CountryCode(IMF.getOrDefault(t, t)));
    }
    return Optional.empty();
  }

  /** World, areas, economic zones, Eurostat's Q-codes, IMF aggregate series (TX..., G...). */
  static boolean isAggregate(String t) {
    if (AGGREGATES.contains(t) || t.matches("Q[P-Z]") || t.matches("(TX|GX|G|F|A)\\d{2,4}")) {
      return true;
    }
    return t.matches("\\d{4}") || t.matches("\\d{1,3}") && Integer.parseInt(t) >= 899;
  }
}
