package org.techsov.core.programme;

/**
 * A measurable form of a claim: the value of a subject, compared with a level, by a date.
 *
 * @param subject a series as {@code programme/series}, or a measure computed elsewhere as {@code
 *     measure:key} (see {@link ExternalMeasure})
 * @param comparison which side of the level the claim puts the value
 * @param level the claimed level, in the subject's unit
 * @param by the date the claim refers to or its deadline
 */
public record Check(String subject, Comparison comparison, double level, ReportedDate by) {
  public static final String MEASURE_PREFIX = "measure:";

  public boolean isMeasure() {
    return subject.startsWith(MEASURE_PREFIX);
  }

  /** The measure key, for a subject {@code measure:key}. */
  public String measureKey() {
    return subject.substring(MEASURE_PREFIX.length());
  }
}
