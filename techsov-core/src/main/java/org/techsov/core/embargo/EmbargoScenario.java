package org.techsov.core.embargo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.techsov.core.reference.CountryCode;

/**
 * Supply cut off from a set of countries and suppliers from a date. Blocs are expanded to their
 * member countries by the caller, so that membership dates are the caller's choice.
 *
 * @param name how reports name the scenario
 * @param countries countries whose sources and operations stop
 * @param suppliers suppliers (by name, as in the graph) that stop wherever they are
 * @param from first day of the cut; {@code null} means it is already in force
 */
public record EmbargoScenario(
    String name, Set<CountryCode> countries, Set<String> suppliers, LocalDate from) {
  public EmbargoScenario {
    Objects.requireNonNull(name, "name");
    countries = countries == null ? Set.of() : Set.copyOf(countries);
    suppliers = suppliers == null ? Set.of() : Set.copyOf(suppliers);
  }

  /** Cuts countries, in force at once. */
  public static EmbargoScenario countries(String name, Set<CountryCode> countries) {
    return new EmbargoScenario(name, countries, Set.of(), null);
  }

  /** True if the cut is in force on {@code date}. */
  public boolean isInForceOn(LocalDate date) {
    return from == null || !date.isBefore(from);
  }
}
