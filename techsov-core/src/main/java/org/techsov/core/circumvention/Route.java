package org.techsov.core.circumvention;

import java.util.Locale;
import org.techsov.core.reference.CountryCode;

/**
 * One candidate route by which listed goods reach the target: origin bloc, hub, target, product
 * group, with its evidence. Values are US dollars per month.
 *
 * @param origin the bloc the goods leave
 * @param hub the third country
 * @param target the sanctioned country
 * @param group the product group (an HS code, a tier or the list)
 * @param listedProducts listed subheadings of the group with trade on the bloc-to-hub leg
 * @param controlProducts control subheadings of the same chapters with trade on that leg
 * @param blocToHub the bloc's exports to the hub, baseline and after
 * @param hubToTarget the hub's exports to the target (or the target's imports from the hub, CIF
 *     adjusted, when the hub does not report); no data when neither is in the store
 * @param blocToTarget the bloc's direct exports to the target (the collapse)
 * @param effect difference-in-differences, intervals, p- and q-value
 * @param signature co-movement of the hub's imports from the bloc and exports to the target
 * @param unitValues unit values of both legs
 * @param flagged surge ratio and increase above the thresholds
 * @param significant flagged, with a positive effect and a q-value at most the level chosen
 */
public record Route(
    String origin,
    CountryCode hub,
    CountryCode target,
    String group,
    int listedProducts,
    int controlProducts,
    Surge blocToHub,
    Surge hubToTarget,
    Surge blocToTarget,
    Effect effect,
    CoMovement signature,
    UnitValues unitValues,
    boolean flagged,
    boolean significant) {

  /** True when the hub's imports from the bloc and exports to the target rise together. */
  public boolean hasReexportSignature() {
    return blocToHub.ratio() > 1
        && hubToTarget.ratio() > 1
        && signature.correlation() >= CORRELATION_FOR_SIGNATURE;
  }

  /** The correlation at which the two legs are said to move together. */
  public static final double CORRELATION_FOR_SIGNATURE = 0.5;

  /** The evidence behind the rank, in one line. */
  public String evidence() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s->%s x%s", origin, hub, ratio(blocToHub)));
    if (!Double.isNaN(effect.did())) {
      sb.append(
          String.format(
              Locale.ROOT,
              "; DiD %+.2f [%s] vs %d control goods, p=%s",
              effect.did(),
              interval(effect.didInterval()),
              controlProducts,
              pValue(effect.pValue())));
    } else {
      sb.append("; no control goods, bootstrap p=").append(pValue(effect.pValue()));
    }
    if (hubToTarget.hasData()) {
      sb.append(String.format(Locale.ROOT, "; %s->%s x%s", hub, target, ratio(hubToTarget)));
      if (!Double.isNaN(signature.correlation())) {
        sb.append(
            String.format(
                Locale.ROOT,
                "; co-movement r=%.2f at lag %+d",
                signature.correlation(),
                signature.lag()));
      }
    } else {
      sb.append("; no ").append(hub).append("->").append(target).append(" data");
    }
    if (blocToTarget.hasData()) {
      sb.append(String.format(Locale.ROOT, "; %s->%s x%s", origin, target, ratio(blocToTarget)));
    }
    return sb.toString();
  }

  static String ratio(Surge s) {
    double r = s.ratio();
    if (Double.isNaN(r)) {
      return "-";
    }
    return Double.isInfinite(r) ? "new" : String.format(Locale.ROOT, "%.2f", r);
  }

  static String interval(Interval i) {
    return i.isDefined()
        ? String.format(Locale.ROOT, "%+.2f, %+.2f", i.low(), i.high())
        : "no interval";
  }

  static String pValue(double p) {
    if (Double.isNaN(p)) {
      return "-";
    }
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }
}
