package org.techsov.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.techsov.core.reference.CountryCode;

/**
 * What a country report covers.
 *
 * @param country the importing country
 * @param year the year the report describes
 * @param fromYear the first year of the time series (bloc shift)
 * @param areas technology areas to report on
 * @param blocs blocs whose shares are shown
 * @param blocDate the date bloc membership is taken at, the same for every year
 */
public record ReportRequest(
    CountryCode country,
    int year,
    int fromYear,
    List<String> areas,
    List<String> blocs,
    LocalDate blocDate) {
  /** The blocs of the sanctions story: the export-control coalition, China, the transit hubs. */
  public static final List<String> DEFAULT_BLOCS = List.of("COALITION", "CHN_HK", "HUBS");

  public ReportRequest {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(blocDate, "blocDate");
    areas = List.copyOf(areas);
    blocs = List.copyOf(blocs);
    if (fromYear > year) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after year " + year);
    }
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one technology area");
    }
  }
}
