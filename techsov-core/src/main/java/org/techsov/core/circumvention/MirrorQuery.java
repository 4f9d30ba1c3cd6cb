package org.techsov.core.circumvention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.techsov.core.reference.CountryCode;

/**
 * What a mirror (ghost trade) comparison asks: what the exporters report shipping to each partner
 * against what the partner reports receiving from them, before and after the sanction month.
 *
 * @param exporterBloc the exporters as a bloc id, or empty when {@code exporters} names them
 * @param exporters the exporters, when no bloc is given
 * @param blocDate the date of bloc membership
 * @param partners the partners; empty for every partner outside the exporters
 * @param sanctionMonth the sanction month (a month index)
 * @param untilMonth the last month compared; the last with data when empty
 * @param goods goods lists or HS codes; empty for all goods
 * @param level how goods are grouped (list: one row per partner)
 * @param cifFob the CIF/FOB factor dividing reported imports
 * @param zThreshold how many pre-sanction standard deviations make ghost trade
 */
public record MirrorQuery(
    String exporterBloc,
    List<CountryCode> exporters,
    LocalDate blocDate,
    List<CountryCode> partners,
    int sanctionMonth,
    OptionalInt untilMonth,
    List<String> goods,
    RouteLevel level,
    double cifFob,
    double zThreshold) {
  public MirrorQuery {
    Objects.requireNonNull(exporterBloc, "exporterBloc");
    Objects.requireNonNull(blocDate, "blocDate");
    Objects.requireNonNull(untilMonth, "untilMonth");
    Objects.requireNonNull(level, "level");
    exporters = List.copyOf(exporters);
    partners = List.copyOf(partners);
    goods = List.copyOf(goods);
    if (exporterBloc.isEmpty() && exporters.isEmpty()) {
      throw new IllegalArgumentException("name the exporters: a bloc or countries");
    }
    if (!(cifFob >= 1 && cifFob <= 2)) {
      throw new IllegalArgumentException("the CIF/FOB factor must be within 1..2: " + cifFob);
    }
  }

  /** The exporters' label: the bloc id or the countries. */
  public String exporterLabel() {
    return exporterBloc.isEmpty()
        ? String.join("+", exporters.stream().map(CountryCode::alpha3).toList())
        : exporterBloc;
  }
}
