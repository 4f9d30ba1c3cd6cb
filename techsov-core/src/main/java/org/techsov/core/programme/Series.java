package org.techsov.core.programme;

import java.util.List;

/**
 * Observations of one metric of a programme over time, with the official targets for it.
 *
 * @param id identifier within the programme, e.g. {@code card-share}
 * @param measure what is measured and in which unit
 * @param launch when adoption started (the Bass model's time origin), or null if unknown
 * @param marketBound the addressable market bounding a level's market size, with its source; null
 *     for shares and when unknown
 * @param observations dated figures, in any order
 * @param targets official targets for this metric
 */
public record Series(
    String id,
    Measure measure,
    ReportedDate launch,
    Figure marketBound,
    List<Figure> observations,
    List<Target> targets) {
  public Series {
    observations = List.copyOf(observations);
    targets = List.copyOf(targets);
  }
}
