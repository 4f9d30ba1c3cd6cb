package org.techsov.core.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * Revisions of the Harmonized System. BACI names its releases after them ({@code HS92} ... {@code
 * HS22}); UN Comtrade uses {@code H0} ... {@code H6}.
 */
public enum HsRevision {
  HS1992("HS92", "H0", 1992),
  HS1996("HS96", "H1", 1996),
  HS2002("HS02", "H2", 2002),
  HS2007("HS07", "H3", 2007),
  HS2012("HS12", "H4", 2012),
  HS2017("HS17", "H5", 2017),
  HS2022("HS22", "H6", 2022);

  private final String baciName;
  private final String comtradeName;
  private final int year;

  HsRevision(String baciName, String comtradeName, int year) {
    this.baciName = baciName;
    this.comtradeName = comtradeName;
    this.year = year;
  }

  public String baciName() {
    return baciName;
  }

  public String comtradeName() {
    return comtradeName;
  }

  /** The year the revision entered into force (1 January). */
  public int year() {
    return year;
  }

  /** Parses {@code HS2017}, {@code HS17}, {@code H5} or {@code 2017}, in any case. */
  public static Optional<HsRevision> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (HsRevision r : values()) {
      if (t.equals(r.name())
          || t.equals(r.baciName)
          || t.equals(r.comtradeName)
          || t.equals(Integer.toString(r.year))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Finds the revision named in a BACI file name such as {@code BACI_HS17_Y2022_V202501.csv}. */
  public static Optional<HsRevision> fromBaciFileName(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?i)(?:^|[_\\-.])(HS\\d{2})(?:[_\\-.]|$)")
            .matcher(fileName);
    return m.find() ? parse(m.group(1)) : Optional.empty();
  }
}
