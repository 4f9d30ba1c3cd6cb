package org.techsov.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A built report: title, subtitle and sections, ready to render as HTML or PDF.
 *
 * @param title the title
 * @param subtitle what it covers and when it was made
 * @param sections the sections, in order
 */
public record CountryReport(String title, String subtitle, List<Section> sections) {
  public CountryReport {
    sections = List.copyOf(sections);
  }

  /** Builds every section of {@code parts} from {@code input}. */
  public static CountryReport build(ReportInput input, List<ReportSection> parts) {
    ReportRequest r = input.request();
    String name =
        input
            .reference()
            .countries()
            .find(r.country())
            .map(c -> c.name())
            .orElse(r.country().alpha3());
    List<Section> out = new ArrayList<>();
    for (ReportSection p : parts) {
      out.add(p.build(input));
    }
    return new CountryReport(
        name + " (" + r.country() + "): technology import dependency, " + r.year(),
        "Years "
            + r.fromYear()
            + "-"
            + r.year()
            + "; bloc membership as of "
            + r.blocDate()
            + "; values in current US dollars.",
        out);
  }
}
