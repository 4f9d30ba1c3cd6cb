package org.techsov.core.reference;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated sanctions measure.
 *
 * @param id identifier, e.g. {@code eu-2022-02-25}
 * @param date the day the measure took effect
 * @param imposedBy the bloc or country imposing it (a bloc id or an alpha-3 code)
 * @param target the country targeted
 * @param title short description
 * @param goodsList the id of the goods list it covers, or empty
 * @param source instrument and publisher
 */
public record SanctionEvent(
    String id,
    LocalDate date,
    String imposedBy,
    CountryCode target,
    String title,
    String goodsList,
    String source) {
  public SanctionEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(target, "target");
    goodsList = goodsList == null ? "" : goodsList;
    source = source == null ? "" : source;
  }
}
