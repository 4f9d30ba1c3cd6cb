package org.techsov.report;

import java.util.List;

/**
 * A chart independent of how it is drawn.
 *
 * @param title the chart's title
 * @param kind bars, stacked bars or lines
 * @param categories the category axis (areas, years, suppliers)
 * @param series the values, one per category each
 * @param valueAxis the value axis label
 * @param percent values are shares 0-1, shown as percentages
 */
public record ChartSpec(
    String title,
    Kind kind,
    List<String> categories,
    List<Series> series,
    String valueAxis,
    boolean percent) {
  /** How the values are drawn. */
  public enum Kind {
    BAR,
    STACKED_BAR,
    LINE
  }

  /**
   * One series.
   *
   * @param name its legend
   * @param values one per category; NaN for none
   */
  public record Series(String name, List<Double> values) {
    public Series {
      values = List.copyOf(values);
    }
  }

  public ChartSpec {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "series "
                + s.name()
                + " has "
                + s.values().size()
                + " values for "
                + categories.size()
                + " categories");
      }
    }
  }
}
