package org.techsov.core.circumvention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.techsov.core.reference.CountryCode;

/**
 * What a circumvention (parallel imports) analysis asks: did goods listed by a sanctioning bloc
 * reach the target through third countries after the sanction month?
 *
 * @param target the sanctioned country, e.g. RUS
 * @param bloc the sanctioning bloc whose exports are followed, e.g. EU27 or COALITION
 * @param blocDate the date at which bloc membership is taken
 * @param sanctionMonth the month of the sanction (a month index); the months after it are compared
 * @param untilMonth the last month compared; the last month with data when empty
 * @param baseline what the months after are compared with
 * @param goods the goods lists or HS codes followed: {@code chpl}, a user list id, or HS codes
 * @param notControls goods lists never used as control goods, besides the technology areas
 * @param level how listed goods are grouped into routes
 * @param hubs candidate hubs; empty means every partner of the bloc outside it but the target
 * @param options thresholds and sampling
 */
public record CircumventionQuery(
    CountryCode target,
    String bloc,
    LocalDate blocDate,
    int sanctionMonth,
    OptionalInt untilMonth,
    Baseline baseline,
    List<String> goods,
    List<String> notControls,
    RouteLevel level,
    List<CountryCode> hubs,
    RouteOptions options) {
  public CircumventionQuery {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(bloc, "bloc");
    Objects.requireNonNull(blocDate, "blocDate");
    Objects.requireNonNull(untilMonth, "untilMonth");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(options, "options");
    goods = List.copyOf(goods);
    notControls = List.copyOf(notControls);
    hubs = List.copyOf(hubs);
    if (goods.isEmpty()) {
      throw new IllegalArgumentException("name the goods to follow");
    }
  }
}
