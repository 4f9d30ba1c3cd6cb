package org.techsov.core.circumvention;

import java.util.Objects;

/**
 * The monthly values of one route's three legs over every month the bloc's exports cover, so that
 * the months before and after the sanction can be seen side by side. Values are US dollars per
 * month; a month without a reported flow is zero.
 *
 * @param origin the bloc the goods leave
 * @param hub the third country
 * @param target the sanctioned country
 * @param group the product group, as the route analysis names it at its level
 * @param sanctionMonth the sanction month (a month index); the months after it are compared
 * @param design the months the route analysis compares (sanction month, baseline and post months)
 * @param blocToHub the bloc's exports of the group to the hub
 * @param hubToTarget the hub's exports to the target, as the hub reports them, or the target's
 *     imports from the hub divided by the CIF/FOB factor when the hub reports none
 * @param blocToTarget the bloc's exports of the group straight to the target
 * @param hubToTargetMirrored whether {@code hubToTarget} comes from the target's imports
 */
public record RouteSeries(
    String origin,
    String hub,
    String target,
    String group,
    int sanctionMonth,
    MatchedDesign design,
    MonthSeries blocToHub,
    MonthSeries hubToTarget,
    MonthSeries blocToTarget,
    boolean hubToTargetMirrored) {
  public RouteSeries {
    Objects.requireNonNull(design, "design");
    if (blocToHub.first() != hubToTarget.first()
        || blocToHub.first() != blocToTarget.first()
        || blocToHub.last() != hubToTarget.last()
        || blocToHub.last() != blocToTarget.last()) {
      throw new IllegalArgumentException("the three legs must cover the same months");
    }
  }

  public int firstMonth() {
    return blocToHub.first();
  }

  public int lastMonth() {
    return blocToHub.last();
  }

  /**
   * What a month is to the analysis: {@code baseline} (compared with the months after), {@code
   * sanction}, {@code after} (a post month compared), or empty (read, not compared).
   */
  public String phase(int month) {
    if (month == sanctionMonth) {
      return "sanction";
    }
    for (int m : design.postMonths()) {
      if (m == month) {
        return "after";
      }
    }
    for (int m : design.baseMonths()) {
      if (m == month) {
        return "baseline";
      }
    }
    return "";
  }

  /** A leg's baseline level and average post month, as the route analysis computes them. */
  public Surge surge(MonthSeries leg) {
    return new Surge(
        design.basePerMonth(leg), design.post(leg, design.allPosts()) / design.postCount());
  }

  /** Where the hub-to-target values come from, in words. */
  public String hubToTargetSource() {
    String leg = hub + "->" + target + ": ";
    if (hubToTarget.isZero()) {
      return leg + "neither " + hub + " nor " + target + " reports this trade";
    }
    return hubToTargetMirrored
        ? leg
            + target
            + "'s reported imports from "
            + hub
            + " divided by the CIF/FOB factor ("
            + hub
            + " reports no exports of these goods)"
        : leg + "as " + hub + " reports its exports";
  }

  /** {@code origin>hub>target}. */
  public String label() {
    return origin + ">" + hub + ">" + target;
  }
}
