package org.techsov.core.circumvention;

import java.util.Locale;
import java.util.Objects;

/**
 * The goods a circumvention analysis follows (the "sanctioned" or listed goods) and the goods it
 * compares them with: unlisted goods of the same HS chapters, less those {@code notControls} names
 * (technology goods and other lists, which the sanctions may have touched too).
 *
 * @param label what the listed goods are, e.g. {@code chpl 2024-02-23}
 * @param listed the listed goods, with tiers
 * @param notControls goods never used as controls
 */
public record GoodsSelection(String label, ProductSet listed, ProductSet notControls) {
  public GoodsSelection {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(listed, "listed");
    Objects.requireNonNull(notControls, "notControls");
    if (listed.isEmpty()) {
      throw new IllegalArgumentException("the goods selection lists no goods");
    }
  }

  public boolean isListed(int hs6) {
    return listed.contains(hs6);
  }

  /** An unlisted good of a listed chapter that no exclusion covers. */
  public boolean isControl(int hs6) {
    return !listed.contains(hs6)
        && !notControls.contains(hs6)
        && listed.chapters().contains(hs6 / 10000);
  }

  /** The route group of a listed subheading at the level. */
  public String group(int hs6, RouteLevel level) {
    return switch (level) {
      case HS6 -> String.format(Locale.ROOT, "%06d", hs6);
      case HS4 -> String.format(Locale.ROOT, "%04d", hs6 / 100);
      case HS2 -> String.format(Locale.ROOT, "%02d", hs6 / 10000);
      case TIER -> "tier " + listed.tier(hs6);
      case LIST -> label;
    };
  }
}
