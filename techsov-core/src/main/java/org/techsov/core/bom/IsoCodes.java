package org.techsov.core.bom;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import org.techsov.core.reference.CountryCode;

/**
 * Which country and currency codes a bill of materials may use: ISO 3166-1 alpha-3 countries and
 * ISO 4217 currencies as the JDK knows them. Codes that are well formed but not assigned (a typo
 * such as {@code RUX}) are rejected by validation.
 */
public final class IsoCodes {
  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private IsoCodes() {}

  public static boolean isKnownCountry(CountryCode code) {
    return code != null && COUNTRIES.contains(code.alpha3());
  }

  public static boolean isKnownCurrency(String code) {
    if (code == null || code.length() != 3) {
      return false;
    }
    try {
      return Currency.getInstance(code).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
