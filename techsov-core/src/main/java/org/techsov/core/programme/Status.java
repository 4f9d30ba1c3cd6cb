package org.techsov.core.programme;

/** Where a target or claim stands against the evidence. */
public enum Status {
  /** a reading on or before the deadline satisfies it */
  MET("met"),
  /** the deadline is ahead and the forecast gives at least even odds of making it */
  ON_TRACK("on track"),
  /** missed, or the forecast (or the pace needed) says it will be */
  OFF_TRACK("off track"),
  /** no number to check, or too few readings to say */
  NOT_MEASURABLE("not measurable");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
