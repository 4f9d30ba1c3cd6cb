package org.techsov.core.reference;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A country's membership of a bloc over the half-open interval {@code [from, until)}.
 *
 * @param country the member
 * @param from first day of membership
 * @param until first day after membership ended, or {@code null} while it lasts
 */
public record BlocMembership(CountryCode country, LocalDate from, LocalDate until) {
  public BlocMembership {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(from, "from");
    if (until != null && !until.isAfter(from)) {
      throw new IllegalArgumentException(
          "membership of " + country + " ends (" + until + ") before it starts (" + from + ")");
    }
  }

  /** True if the membership covers {@code date}. */
  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(from) && (until == null || date.isBefore(until));
  }
}
