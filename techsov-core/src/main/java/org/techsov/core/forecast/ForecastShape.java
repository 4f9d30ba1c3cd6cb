package org.techsov.core.forecast;

/** What a series measures, which decides the candidate curves and the scale they are fitted on. */
public enum ForecastShape {
  /**
   * A cumulative level (cards issued, registered users): Bass, logistic and Gompertz with a fitted
   * market size, fitted on the level itself.
   */
  LEVEL,
  /**
   * A substitute's share of the whole, rising towards the full share: Fisher-Pry logistic, Gompertz
   * and Bass with the ceiling fixed at the full share, fitted in logit space.
   */
  SHARE_RISING,
  /**
   * The incumbent's share, falling towards zero: modelled as the rising complement (the
   * substitute's share), and reported back as the incumbent's share.
   */
  SHARE_FALLING;

  public boolean isShare() {
    return this != LEVEL;
  }
}
