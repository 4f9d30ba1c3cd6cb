package org.techsov.core.programme;

/**
 * A number with its date and its source: the unit of evidence in the catalogue.
 *
 * @param id identifier other items use to cite it as evidence, or null when nothing refers to it
 * @param label what the number measures, for figures that stand alone (facts); may be null for an
 *     observation, whose series says what it measures
 * @param quantity the number
 * @param asOf the date the figure refers to (for a target: its deadline), or null when the source
 *     gives none
 * @param citation source and quote; a catalogue whose figure lacks one is rejected
 * @param note caveats (scope, derivation), or null
 */
public record Figure(
    String id, String label, Quantity quantity, ReportedDate asOf, Citation citation, String note) {
  /** The figure's value (the low end of a range). */
  public double value() {
    return quantity.value();
  }
}
