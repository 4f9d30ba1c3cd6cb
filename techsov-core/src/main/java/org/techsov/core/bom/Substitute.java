package org.techsov.core.bom;

import java.time.LocalDate;
import java.util.Objects;
import org.techsov.core.reference.CountryCode;

/**
 * An alternate source for an item: another part or another manufacturer that can replace it.
 *
 * @param partNumber the alternate's part number (may equal the item's for a second source)
 * @param manufacturer who makes it; empty when not stated
 * @param origin country where the alternate is made
 * @param qualified whether the alternate is approved for use; unqualified alternates never rescue a
 *     part in an embargo
 * @param qualifiedFrom first day the qualification holds, or {@code null} when it already holds
 */
public record Substitute(
    String partNumber,
    String manufacturer,
    CountryCode origin,
    boolean qualified,
    LocalDate qualifiedFrom) {
  public Substitute {
    Objects.requireNonNull(partNumber, "partNumber");
    Objects.requireNonNull(origin, "origin");
    manufacturer = manufacturer == null ? "" : manufacturer;
  }

  /** True if the alternate can be used on {@code date}. */
  public boolean isUsableOn(LocalDate date) {
    return qualified && (qualifiedFrom == null || !date.isBefore(qualifiedFrom));
  }
}
