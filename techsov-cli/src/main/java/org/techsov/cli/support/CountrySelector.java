package org.techsov.cli.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.Bloc;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;

/**
 * Turns a list such as {@code COALITION,TW,CHN} into countries. Each entry is, in this order of
 * lookup: a bloc id (expanded to its members on a given date), an ISO 3166-1 alpha-3 code, an ISO
 * 3166-1 alpha-2 code ({@code US}, {@code JP}, {@code KR}, {@code TW}), or one of the aliases
 * {@code UK} (GBR) and {@code EU} (EU27). Case does not matter. Unknown entries are reported all at
 * once, as a user error.
 */
public final class CountrySelector {
  private static final Map<String, String> ALIASES = Map.of("UK", "GBR", "EU", "EU27");

  private final ReferenceData reference;
  private final Map<String, CountryCode> byAlpha2 = new HashMap<>();

  public CountrySelector(ReferenceData reference) {
    this.reference = reference;
    for (Country c : reference.countries().all()) {
      if (!c.alpha2().isEmpty()) {
        byAlpha2.put(c.alpha2().toUpperCase(Locale.ROOT), c.code());
      }
    }
  }

  /**
   * The countries named by {@code entries}, blocs taken with their members on {@code date}.
   *
   * @param option the option the entries came from, for messages (e.g. {@code --cut})
   */
  public Set<CountryCode> select(List<String> entries, LocalDate date, String option) {
    Set<CountryCode> out = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    for (String raw : entries) {
      Set<CountryCode> found = lookUp(raw, date);
      if (found == null) {
        unknown.add("'" + raw.trim() + "'");
      } else {
        out.addAll(found);
      }
    }
    if (!unknown.isEmpty()) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_COUNTRY,
          option
              + ": unknown "
              + (unknown.size() == 1 ? "country or bloc " : "countries or blocs ")
              + String.join(", ", unknown)
              + " (use ISO 3166-1 alpha-3 or alpha-2 codes, e.g. USA or US, or a bloc: "
              + String.join(", ", reference.blocs().keySet())
              + ")");
    }
    return out;
  }

  /** The countries of one entry, or {@code null} when it names nothing known. */
  private Set<CountryCode> lookUp(String raw, LocalDate date) {
    String t = raw.trim().toUpperCase(Locale.ROOT);
    t = ALIASES.getOrDefault(t, t);
    for (Bloc b : reference.blocs().values()) {
      if (b.id().equalsIgnoreCase(t)) {
        return b.membersOn(date);
      }
    }
    if (t.matches("[A-Z][A-Z0-9]{2}")) {
      CountryCode c = new CountryCode(t);
      return reference.countries().find(c).isPresent() ? Set.of(c) : null;
    }
    CountryCode c = t.length() == 2 ? byAlpha2.get(t) : null;
    return c == null ? null : Set.of(c);
  }
}
