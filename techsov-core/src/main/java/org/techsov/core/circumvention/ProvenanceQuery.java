package org.techsov.core.circumvention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.techsov.core.reference.CountryCode;

/**
 * What a shipment-provenance report asks (METHODS.md 2.3): the destination's customs records of
 * listed goods, each attributed by whether its brand's owner and its country of origin belong to a
 * bloc, and by the country it was dispatched from.
 *
 * @param destination the importing country whose records are read
 * @param goods goods lists or HS codes; empty for all goods
 * @param bloc the bloc brands and origins are tested against, e.g. COALITION
 * @param blocDate the date of bloc membership
 * @param via dispatch countries reported one by one (others are summed as "other"); empty for all
 * @param fromMonth the first month (a month index)
 * @param toMonth the last month; the last with records when empty
 * @param yearly whether to sum months into years
 */
public record ProvenanceQuery(
    CountryCode destination,
    List<String> goods,
    String bloc,
    LocalDate blocDate,
    List<CountryCode> via,
    int fromMonth,
    OptionalInt toMonth,
    boolean yearly) {
  public ProvenanceQuery {
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(bloc, "bloc");
    Objects.requireNonNull(blocDate, "blocDate");
    Objects.requireNonNull(toMonth, "toMonth");
    goods = List.copyOf(goods);
    via = List.copyOf(via);
  }
}
