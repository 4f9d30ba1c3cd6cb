package org.techsov.core.circumvention;

import java.util.List;
import java.util.Map;
import org.techsov.core.reference.CountryCode;

/**
 * The data a route analysis reads, as the engine extracts them from the store (every series spans
 * the design's months).
 *
 * @param design the months compared
 * @param totals bloc-to-hub totals of every listed and control product, per hub
 * @param blocToHub bloc-to-hub monthly series of listed products, by hub and subheading
 * @param controls bloc-to-hub monthly series of control products, summed by hub and chapter
 * @param hubToTarget hub-to-target monthly series of listed products, by hub and subheading
 * @param blocToTarget bloc-to-target monthly series of listed products, by subheading
 * @param notes what the extraction found worth telling (months missing, sources used)
 */
public record RoutePanel(
    MatchedDesign design,
    List<ProductTotals> totals,
    Map<CountryCode, Map<Integer, SeriesPair>> blocToHub,
    Map<CountryCode, Map<Integer, MonthSeries>> controls,
    Map<CountryCode, Map<Integer, SeriesPair>> hubToTarget,
    Map<Integer, SeriesPair> blocToTarget,
    List<String> notes) {
  public RoutePanel {
    totals = List.copyOf(totals);
    notes = List.copyOf(notes);
  }
}
