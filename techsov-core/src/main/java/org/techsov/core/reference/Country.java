package org.techsov.core.reference;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A country or territory as techsov knows it.
 *
 * @param code ISO 3166-1 alpha-3 (or Comtrade code for non-ISO entities)
 * @param alpha2 ISO 3166-1 alpha-2, or empty for non-ISO entities
 * @param key the numeric key used in the store: the ISO 3166-1 numeric code, or for entities ISO
 *     does not list, the BACI/Comtrade numeric code (which never clashes with an assigned ISO code)
 * @param baciCode the numeric code BACI uses for this entity in its {@code i}/{@code j} columns, or
 *     0 when BACI does not report it; it differs from the ISO code for a few countries (France 251,
 *     Norway 579, Switzerland 757, India 699, United States 842)
 * @param name English short name
 * @param region continent-level region (Africa, Americas, Asia, Europe, Oceania)
 */
public record Country(
    CountryCode code, String alpha2, int key, int baciCode, String name, String region) {
  public Country {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    alpha2 = alpha2 == null ? "" : alpha2;
    region = region == null ? "" : region;
    if (key <= 0 || key > 999) {
      throw new IllegalArgumentException(
          "country key out of range 1..999: " + key + " for " + code);
    }
  }

  /** The BACI code, if BACI reports this entity. */
  public OptionalInt baci() {
    return baciCode > 0 ? OptionalInt.of(baciCode) : OptionalInt.empty();
  }
}
