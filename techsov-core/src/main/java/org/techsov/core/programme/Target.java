package org.techsov.core.programme;

/**
 * An official target: a level to reach by a date.
 *
 * @param id identifier, unique within its series or technology
 * @param setBy who set it (a body, an official, a document)
 * @param description the target in words
 * @param comparison whether the value must reach the level or fall to it
 * @param figure the level, its deadline (as {@link Figure#asOf()}) and its source
 * @param metric on a technology, the metric the target is about (e.g. {@code process-node}); null
 *     on a programme series, whose own metric it is
 */
public record Target(
    String id,
    String setBy,
    String description,
    Comparison comparison,
    Figure figure,
    String metric) {
  /** The level to reach. */
  public double level() {
    return figure.value();
  }

  /** The deadline, or null when the source gives none. */
  public ReportedDate deadline() {
    return figure.asOf();
  }
}
