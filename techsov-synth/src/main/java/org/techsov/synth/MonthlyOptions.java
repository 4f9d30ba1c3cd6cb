package org.techsov.synth;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the monthly extract of a synthetic world covers. It holds the flows a circumvention analysis
 * reads: the coalition's exports to countries outside it and everyone's exports to the target, in
 * the given HS chapters, each reported twice (by the exporter and by the importer, as UN Comtrade
 * publishes them), and the target's customs records of the shipments of chips.
 *
 * @param fromYear first year, inclusive (within the world's years)
 * @param toYear last year, inclusive
 * @param chapters HS chapters whose products are written
 * @param shipments whether to write shipment records of the target's chip imports
 * @param ghostShare share of the coalition's exports of sanctioned goods to transit hubs that the
 *     hubs do not report as imports once the shock is complete ("ghost trade"), 0-1
 */
public record MonthlyOptions(
    int fromYear, int toYear, Set<Integer> chapters, boolean shipments, double ghostShare) {
  public MonthlyOptions {
    Objects.requireNonNull(chapters, "chapters");
    chapters = Set.copyOf(new TreeSet<>(chapters));
    if (fromYear > toYear) {
      throw new IllegalArgumentException("monthly years reversed: " + fromYear + ".." + toYear);
    }
    if (!(ghostShare >= 0 && ghostShare < 1)) {
      throw new IllegalArgumentException("ghost share must be within [0, 1): " + ghostShare);
    }
  }

  /**
   * Three years before the shock year to the year after (60 months for a 2022 shock), chapters 84,
   * 85, 88 and 90 (those of the Common High Priority List), with shipments and 40% ghost trade.
   */
  public static MonthlyOptions around(WorldSpec spec) {
    int shock = spec.shockDate().getYear();
    int from = Math.max(spec.fromYear(), shock - 3);
    int to = Math.min(spec.toYear(), shock + 1);
    return new MonthlyOptions(from, Math.max(from, to), Set.of(84, 85, 88, 90), true, 0.4);
  }

  public MonthlyOptions withYears(int from, int to) {
    return new MonthlyOptions(from, to, chapters, shipments, ghostShare);
  }

  public MonthlyOptions withShipments(boolean s) {
    return new MonthlyOptions(fromYear, toYear, chapters, s, ghostShare);
  }
}
