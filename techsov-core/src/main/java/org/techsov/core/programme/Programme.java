package org.techsov.core.programme;

import java.util.List;
import java.util.Optional;

/**
 * A substitution programme: foreign incumbents to be replaced by domestic substitutes, tracked by
 * one or more series.
 *
 * @param id identifier used on the command line, e.g. {@code mir-cards}
 * @param name descriptive name
 * @param country ISO 3166-1 alpha-3 code of the country running it
 * @param substitution incumbents and substitutes
 * @param series the metrics tracked; the first is the headline series
 * @param note context, or null
 */
public record Programme(
    String id,
    String name,
    String country,
    Substitution substitution,
    List<Series> series,
    String note) {
  public Programme {
    series = List.copyOf(series);
  }

  /** The series with this id. */
  public Optional<Series> series(String seriesId) {
    return series.stream().filter(s -> s.id().equals(seriesId)).findFirst();
  }
}
