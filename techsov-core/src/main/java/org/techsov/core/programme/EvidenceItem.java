package org.techsov.core.programme;

/**
 * One piece of evidence on a scorecard line, with its source written out.
 *
 * @param label what the number is
 * @param quantity the number as stated, or null for the quoted words of a claim
 * @param asOf its date, or null
 * @param source the source as a reader cites it: title, publisher, date, URL or file (for an
 *     external measure, how it was computed)
 * @param quote the quoted words, or null for a computed measure
 */
public record EvidenceItem(
    String label, Quantity quantity, ReportedDate asOf, String source, String quote) {
  /** Evidence from a catalogue figure, citing its source. */
  static EvidenceItem of(String label, Figure figure, Catalogue catalogue) {
    return new EvidenceItem(
        label,
        figure.quantity(),
        figure.asOf(),
        cite(catalogue, figure.citation().source()),
        figure.citation().quote());
  }

  /** "Title, publisher, date, location" of a declared source. */
  static String cite(Catalogue catalogue, String sourceId) {
    return catalogue
        .source(sourceId)
        .map(
            s ->
                s.title()
                    + ", "
                    + s.publisher()
                    + (s.date() == null ? "" : ", " + s.date())
                    + ", "
                    + s.location())
        .orElse(sourceId);
  }
}
