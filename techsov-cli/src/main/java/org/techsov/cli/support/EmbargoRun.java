package org.techsov.cli.support;

import java.time.LocalDate;
import java.util.List;
import org.techsov.core.embargo.EmbargoAnalysis;
import org.techsov.core.embargo.EmbargoReport;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.embargo.ScenarioComparison;
import org.techsov.core.embargo.SinglePoint;
import org.techsov.core.embargo.SupplierGraph;

/**
 * What {@code techsov embargo} found: a scenario's report and single points of failure, and
 * optionally a second scenario and the difference.
 *
 * @param graph the supplier graph built from the bills
 * @param currency ISO 4217 code of every value (the currency table's base)
 * @param asOf the date evaluated
 * @param scenario the scenario of {@code --cut} and {@code --suppliers}
 * @param report what it stops
 * @param singlePoints sources and operations whose loss alone would stop a product it leaves
 * @param vsScenario the scenario of {@code --vs}, or {@code null}
 * @param vsReport what that one stops, or {@code null}
 * @param comparison the difference, or {@code null}
 */
public record EmbargoRun(
    SupplierGraph graph,
    String currency,
    LocalDate asOf,
    EmbargoScenario scenario,
    EmbargoReport report,
    List<SinglePoint> singlePoints,
    EmbargoScenario vsScenario,
    EmbargoReport vsReport,
    ScenarioComparison comparison) {
  public EmbargoRun {
    singlePoints = List.copyOf(singlePoints);
  }

  /**
   * Runs {@code scenario} on {@code graph} as at {@code asOf}, with its single points of failure,
   * and {@code vsScenario} with the difference when it is not {@code null}.
   */
  public static EmbargoRun of(
      SupplierGraph graph,
      String currency,
      LocalDate asOf,
      EmbargoScenario scenario,
      EmbargoScenario vsScenario) {
    EmbargoAnalysis analysis = new EmbargoAnalysis(graph);
    EmbargoReport report = analysis.run(scenario, asOf);
    List<SinglePoint> points = analysis.singlePointsOfFailure(scenario, asOf);
    EmbargoReport vsReport = vsScenario == null ? null : analysis.run(vsScenario, asOf);
    ScenarioComparison comparison =
        vsReport == null ? null : ScenarioComparison.of(report, vsReport);
    return new EmbargoRun(
        graph, currency, asOf, scenario, report, points, vsScenario, vsReport, comparison);
  }

  /** Number of end products in the graph. */
  public int productCount() {
    return graph.products().length;
  }

  public boolean hasComparison() {
    return comparison != null;
  }
}
