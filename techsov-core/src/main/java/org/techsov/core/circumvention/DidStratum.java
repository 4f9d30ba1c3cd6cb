package org.techsov.core.circumvention;

/**
 * One HS chapter of a difference-in-differences comparison: the baseline and post-sanction totals
 * of the treated (listed) goods and of the control goods of the same chapter, in US dollars.
 */
public record DidStratum(
    double treatedBase, double treatedPost, double controlBase, double controlPost) {
  public DidStratum {
    for (double v : new double[] {treatedBase, treatedPost, controlBase, controlPost}) {
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException("totals must be finite and >= 0: " + v);
      }
    }
  }

  double treated() {
    return treatedBase + treatedPost;
  }

  double control() {
    return controlBase + controlPost;
  }

  /** The post total of the chapter. */
  double post() {
    return treatedPost + controlPost;
  }

  /**
   * A chapter informs the estimate when its treated goods have trade and its control goods have
   * trade in both periods (otherwise its period effect is infinite and says nothing of beta).
   */
  boolean isInformative() {
    return treated() > 0 && controlBase > 0 && controlPost > 0;
  }
}
