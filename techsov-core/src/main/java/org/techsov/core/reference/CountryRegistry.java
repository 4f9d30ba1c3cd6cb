package org.techsov.core.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/** An immutable set of countries, looked up by alpha-3 code, store key or BACI code. */
public final class CountryRegistry {
  private final Map<CountryCode, Country> byCode;
  private final Map<Integer, Country> byKey;
  private final Map<Integer, Country> byBaci;
  private final List<Country> ordered;

  public CountryRegistry(Collection<Country> countries) {
    Map<CountryCode, Country> codes = new LinkedHashMap<>();
    Map<Integer, Country> keys = new HashMap<>();
    Map<Integer, Country> baci = new HashMap<>();
    for (Country c : countries) {
      putUnique(codes, c.code(), c, "code");
      putUnique(keys, c.key(), c, "key");
      if (c.baciCode() > 0) {
        putUnique(baci, c.baciCode(), c, "BACI code");
      }
    }
    this.byCode = Map.copyOf(codes);
    this.byKey = Map.copyOf(keys);
    this.byBaci = Map.copyOf(baci);
    this.ordered = List.copyOf(codes.values());
  }

  private static <K> void putUnique(Map<K, Country> map, K key, Country c, String what) {
    Country previous = map.putIfAbsent(key, c);
    if (previous != null) {
      throw new IllegalArgumentException(
          "duplicate country " + what + " " + key + ": " + previous.code() + " and " + c.code());
    }
  }

  /** All countries, in the order given. */
  public List<Country> all() {
    return ordered;
  }

  public Optional<Country> find(CountryCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The country with this code, or a user-input error naming the code. */
  public Country require(CountryCode code) {
    Country c = byCode.get(code);
    if (c == null) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_COUNTRY, "unknown country code " + code + " (use ISO 3166 alpha-3)");
    }
    return c;
  }

  public Optional<Country> byKey(int key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public Optional<Country> byBaciCode(int baciCode) {
    return Optional.ofNullable(byBaci.get(baciCode));
  }

  public int size() {
    return ordered.size();
  }
}
