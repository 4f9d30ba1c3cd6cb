package org.techsov.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;

/** Builds a checked {@link ReportRequest} from what a user typed, with defaults from the store. */
public final class ReportRequests {
  private ReportRequests() {}

  /**
   * The request, checked against the reference data.
   *
   * @param stored the first and last stored years
   * @param year the report's year, or null for the last stored
   * @param from the first year of the series, or null for the first stored
   * @param areas areas, empty for every area
   * @param blocs blocs, empty for {@link ReportRequest#DEFAULT_BLOCS}
   * @param blocDate membership date, or null for today
   */
  public static ReportRequest of(
      ReferenceData reference,
      String country,
      int[] stored,
      Integer year,
      Integer from,
      List<String> areas,
      List<String> blocs,
      LocalDate blocDate) {
    CountryCode c = CountryCode.of(country);
    reference.countries().require(c);
    int y = year != null ? year : stored[1];
    int f = from != null ? from : Math.min(stored[0], y);
    if (y < 1950 || y > 2100 || f < 1950 || f > y) {
      throw TechsovException.invalidArgument(
          "years must satisfy 1950 <= from <= year <= 2100, not from " + f + ", year " + y);
    }
    List<String> a =
        areas.isEmpty()
            ? List.copyOf(reference.areas().keySet())
            : areas.stream().map(x -> reference.area(x).id()).toList();
    List<String> b =
        (blocs.isEmpty() ? ReportRequest.DEFAULT_BLOCS : blocs)
            .stream().map(x -> reference.bloc(x.toUpperCase(Locale.ROOT)).id()).toList();
    return new ReportRequest(c, y, f, a, b, blocDate != null ? blocDate : LocalDate.now());
  }
}
