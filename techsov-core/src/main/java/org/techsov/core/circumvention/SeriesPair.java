package org.techsov.core.circumvention;

/** Monthly values (US dollars) with the quantities (kilograms) reported alongside them. */
public record SeriesPair(MonthSeries value, MonthSeries kilograms) {
  public static SeriesPair over(int first, int last) {
    return new SeriesPair(new MonthSeries(first, last), new MonthSeries(first, last));
  }

  public void addAll(SeriesPair other) {
    value.addAll(other.value);
    kilograms.addAll(other.kilograms);
  }
}
