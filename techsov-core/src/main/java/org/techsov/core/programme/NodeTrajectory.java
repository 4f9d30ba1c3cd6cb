package org.techsov.core.programme;

/**
 * The shrink needed to move from a node to a target node by a deadline, against the frontier's
 * historic pace.
 *
 * @param fromNm the node now
 * @param toNm the target node
 * @param fromYear decimal year of the current node's figure
 * @param byYear decimal year of the deadline's end
 * @param generations generations to cover
 * @param requiredGenerationsPerYear generations per year needed
 * @param paceRatio required pace over the frontier's historic pace; above 1 means faster than the
 *     frontier has ever moved
 * @param yearsAtHistoricPace how long the step would take at the historic pace
 */
public record NodeTrajectory(
    double fromNm,
    double toNm,
    double fromYear,
    double byYear,
    double generations,
    double requiredGenerationsPerYear,
    double paceRatio,
    double yearsAtHistoricPace) {
  /** The trajectory from {@code fromNm} at {@code fromYear} to {@code toNm} at {@code byYear}. */
  public static NodeTrajectory of(
      double fromNm, double toNm, double fromYear, double byYear, NodePace pace) {
    double generations = NodePace.generations(fromNm, toNm);
    double years = byYear - fromYear;
    double perYear = years > 0 ? generations / years : Double.POSITIVE_INFINITY;
    return new NodeTrajectory(
        fromNm,
        toNm,
        fromYear,
        byYear,
        generations,
        perYear,
        perYear / pace.generationsPerYear(),
        pace.years(fromNm, toNm));
  }
}
