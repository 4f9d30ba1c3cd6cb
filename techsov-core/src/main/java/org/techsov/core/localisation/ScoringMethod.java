package org.techsov.core.localisation;

/** How a rule set turns a bill of materials into a score. */
public enum ScoringMethod {
  /** Sum of points for operations done and components made in the territory (Decree 719). */
  POINTS("points"),
  /**
   * Regional value content, build-down: {@code (AV - VNM) / AV x 100} (USMCA transaction value).
   */
  BUILD_DOWN("percent"),
  /** Regional value content, build-up: {@code VOM / AV x 100}. */
  BUILD_UP("percent"),
  /** Net-cost method: {@code (NC - VNM) / NC x 100} (USMCA net cost). */
  NET_COST("percent"),
  /**
   * Cost of domestic components over cost of all components of the end product, x 100 (Buy
   * American, FAR 25.101): only the end product's direct components are weighed.
   */
  COMPONENT_COST_SHARE("percent");

  private final String unit;

  ScoringMethod(String unit) {
    this.unit = unit;
  }

  /** What the score counts: {@code points} or {@code percent} (0-100). */
  public String unit() {
    return unit;
  }
}
