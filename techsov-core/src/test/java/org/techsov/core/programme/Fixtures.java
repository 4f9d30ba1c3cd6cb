package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.forecast.ForecastShape;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.TechnologyArea;

/** Small hand-made catalogue items for tests; every figure cites source {@code src}. */
final class Fixtures {
  static final Source SOURCE =
      new Source(
          "src",
          "A report",
          "An Author",
          "A Publisher",
          ReportedDate.parse("2024-02"),
          "https://example.org/report");

  private Fixtures() {}

  static Figure figure(double value, String unit, String date) {
    return new Figure(
        null,
        null,
        Quantity.of(value, unit),
        ReportedDate.parse(date),
        new Citation("src", "quoted words"),
        null);
  }

  static Figure fact(String id, double value, String unit, String date) {
    return new Figure(
        id,
        "a fact",
        Quantity.of(value, unit),
        ReportedDate.parse(date),
        new Citation("src", "quoted words"),
        null);
  }

  static Target target(
      String id, Comparison comparison, double level, String unit, String deadline) {
    return new Target(
        id, "Government", "reach " + level + unit, comparison, figure(level, unit, deadline), null);
  }

  /** A share series with readings (date, percent) given as alternating strings and numbers. */
  static Series shareSeries(
      String id, ForecastShape shape, List<Target> targets, Object... readings) {
    List<Figure> obs = new ArrayList<>();
    for (int i = 0; i < readings.length; i += 2) {
      obs.add(figure(((Number) readings[i + 1]).doubleValue(), "%", (String) readings[i]));
    }
    return new Series(
        id, new Measure("Mir", "share of cards", "%", shape), null, null, obs, targets);
  }

  static Programme programme(String id, Series... series) {
    return new Programme(
        id,
        "A programme",
        "RUS",
        new Substitution(List.of("Visa"), List.of("Mir")),
        List.of(series),
        null);
  }

  static Catalogue catalogue(List<Programme> programmes, List<Claim> claims) {
    return new Catalogue(List.of(SOURCE), List.of(), List.of(), programmes, claims, List.of());
  }

  static Technology microelectronics(List<Target> targets) {
    List<TechnologyMetric> metrics =
        List.of(
            new TechnologyMetric(
                "process-node", "RUS", MetricRole.DOMESTIC, figure(90, "nm", "2026-01")),
            new TechnologyMetric(
                "process-node", "USA", MetricRole.PEER, figure(4, "nm", "2026-01")),
            new TechnologyMetric(
                "process-node", "frontier", MetricRole.FRONTIER_HISTORY, figure(90, "nm", "2004")),
            new TechnologyMetric(
                "process-node", "frontier", MetricRole.FRONTIER_HISTORY, figure(5, "nm", "2020")),
            new TechnologyMetric(
                "public-investment",
                "RUS",
                MetricRole.DOMESTIC,
                figure(3.26, "USD bn", "2026/2028")),
            new TechnologyMetric(
                "public-investment", "USA", MetricRole.PEER, figure(14, "USD bn", "2024")),
            new TechnologyMetric(
                "public-investment",
                "RUS",
                MetricRole.DOMESTIC,
                figure(250, "RUB bn", "2026/2028")));
    TechnologyArea area =
        new TechnologyArea("microelectronics", "Microelectronics", List.of(new HsCode("8542")));
    return new Technology("microelectronics", "Microelectronics", "RUS", area, metrics, targets);
  }
}
