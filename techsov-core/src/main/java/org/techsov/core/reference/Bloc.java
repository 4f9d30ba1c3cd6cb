package org.techsov.core.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named set of countries with membership dates, such as the EU27, the G7 or the list of
 * "unfriendly" states of Russian Government Order 430-r.
 *
 * @param id short identifier used on the command line, e.g. {@code EU27}
 * @param name descriptive name
 * @param source where the membership comes from (instrument, date)
 * @param members memberships, possibly several per country (leaving and re-joining)
 */
public record Bloc(String id, String name, String source, List<BlocMembership> members) {
  public Bloc {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    source = source == null ? "" : source;
    members = List.copyOf(members);
  }

  /** Countries that are members on {@code date}. */
  public Set<CountryCode> membersOn(LocalDate date) {
    Set<CountryCode> out = new TreeSet<>();
    for (BlocMembership m : members) {
      if (m.isActiveOn(date)) {
        out.add(m.country());
      }
    }
    return out;
  }

  /** True if {@code country} is a member on {@code date}. */
  public boolean isMember(CountryCode country, LocalDate date) {
    for (BlocMembership m : members) {
      if (m.country().equals(country) && m.isActiveOn(date)) {
        return true;
      }
    }
    return false;
  }

  /** Every country that was ever a member. */
  public Set<CountryCode> everMembers() {
    Set<CountryCode> out = new TreeSet<>();
    members.forEach(m -> out.add(m.country()));
    return out;
  }
}
