package org.techsov.core.programme;

import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.stats.LinearRegression;
import org.techsov.core.stats.RegressionFit;

/**
 * The historic pace at which the world frontier shrank the process node, fitted as a straight line
 * of {@code ln(node)} on the year in which the frontier reached each node.
 *
 * <p>A "generation" is a shrink of the linear dimension by {@link #GENERATION_SHRINK} (about half
 * the area per transistor), the convention behind the node names 90, 65, 45, 32, 22, 14 nm.
 * [heuristic] That factor is an industry convention, not a measurement; since about 22 nm node
 * names are marketing labels rather than physical dimensions.
 *
 * @param intercept {@code a} in {@code ln(node) = a - shrinkPerYear * year}
 * @param shrinkPerYear {@code -d ln(node) / d year}: 0.18 means the node falls 18% (log) a year
 * @param points how many frontier points the line was fitted to
 */
public record NodePace(double intercept, double shrinkPerYear, int points) {
  /** Linear shrink per node generation. [heuristic] */
  public static final double GENERATION_SHRINK = 0.7;

  /** Fits the pace to frontier points (year, node in nm); needs two or more distinct years. */
  public static NodePace fit(List<TechnologyMetric> frontierHistory) {
    double[] years = new double[frontierHistory.size()];
    double[] logNodes = new double[frontierHistory.size()];
    for (int i = 0; i < years.length; i++) {
      Figure f = frontierHistory.get(i).figure();
      years[i] = f.asOf().midpoint();
      logNodes[i] = Math.log(f.value());
    }
    RegressionFit line = years.length < 2 ? null : LinearRegression.line(years, logNodes);
    if (line == null || !(line.coefficient(1) < 0)) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          "the frontier's node history needs at least two points in different years with the node"
              + " shrinking; have "
              + years.length);
    }
    return new NodePace(line.coefficient(0), -line.coefficient(1), years.length);
  }

  /** Node generations per year at this pace. */
  public double generationsPerYear() {
    return shrinkPerYear / Math.log(1 / GENERATION_SHRINK);
  }

  /** Generations between two nodes: {@code ln(from/to) / ln(1/0.7)}. */
  public static double generations(double fromNm, double toNm) {
    return Math.log(fromNm / toNm) / Math.log(1 / GENERATION_SHRINK);
  }

  /** Years the frontier took, at this pace, to go from {@code fromNm} to {@code toNm}. */
  public double years(double fromNm, double toNm) {
    return Math.log(fromNm / toNm) / shrinkPerYear;
  }

  /** The (fitted) decimal year in which the frontier was at {@code nm}. */
  public double yearAt(double nm) {
    return (intercept - Math.log(nm)) / shrinkPerYear;
  }
}
