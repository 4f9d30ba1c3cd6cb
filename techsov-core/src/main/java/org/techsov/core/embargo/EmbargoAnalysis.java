package org.techsov.core.embargo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs embargo scenarios over one supplier graph. The graph's adjacency, topological order and
 * country index are built once; each scenario then costs time proportional to the nodes it cuts and
 * the nodes above them, with buffers reused between scenarios. Not thread-safe: use one instance
 * per thread.
 */
public final class EmbargoAnalysis {
  private static final int MAX_PRODUCT_REASONS = 5;

  private final SupplierGraph g;
  private final Propagation propagation;

  public EmbargoAnalysis(SupplierGraph graph) {
    this.g = Objects.requireNonNull(graph, "graph");
    this.propagation = new Propagation(graph);
  }

  public SupplierGraph graph() {
    return g;
  }

  /** Runs one scenario as at {@code asOf} (the cut is in force from the scenario's date on). */
  public EmbargoReport run(EmbargoScenario scenario, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    int blocked = propagation.run(scenario, asOf);
    List<BlockedNode> products = new ArrayList<>();
    double atRisk = 0;
    double total = 0;
    for (int p : g.products) {
      total += g.value[p];
      if (propagation.isBlocked(p)) {
        atRisk += g.value[p];
        products.add(new BlockedNode(p, g.label(p), g.value[p], productReasons(p)));
      }
    }
    List<BlockedNode> parts = new ArrayList<>();
    for (int k = 0; k < blocked; k++) {
      int v = propagation.blocked(k);
      if (g.kind[v] != NodeKind.SOURCE.ordinal() && g.any[v] && bitesHere(v)) {
        parts.add(new BlockedNode(v, g.label(v), g.value[v], partReasons(v)));
      }
    }
    parts.sort(Comparator.comparingInt(BlockedNode::node));
    return new EmbargoReport(scenario.name(), asOf, blocked, products, atRisk, total, parts);
  }

  /** Runs several scenarios on the same date, reusing the graph's indexes and buffers. */
  public List<EmbargoReport> runAll(List<EmbargoScenario> scenarios, LocalDate asOf) {
    List<EmbargoReport> out = new ArrayList<>(scenarios.size());
    for (EmbargoScenario s : scenarios) {
      out.add(run(s, asOf));
    }
    return out;
  }

  /** Runs two scenarios and compares them. */
  public ScenarioComparison compare(EmbargoScenario a, EmbargoScenario b, LocalDate asOf) {
    return ScenarioComparison.of(run(a, asOf), run(b, asOf));
  }

  /** Number of nodes a scenario blocks, without building a report (for benchmarks and sweeps). */
  public int countBlocked(EmbargoScenario scenario, LocalDate asOf) {
    return propagation.run(scenario, asOf);
  }

  /**
   * Every country cut alone, as at {@code asOf}: how many products each would stop and their value,
   * most damaging first; countries that stop nothing are left out.
   */
  public List<CountryImpact> countriesAlone(LocalDate asOf) {
    List<CountryImpact> out = new ArrayList<>();
    for (var c : g.countries) {
      propagation.run(EmbargoScenario.countries(c.alpha3(), Set.of(c)), asOf);
      int count = 0;
      double value = 0;
      for (int p : g.products) {
        if (propagation.isBlocked(p)) {
          count++;
          value += g.value[p];
        }
      }
      if (count > 0) {
        out.add(new CountryImpact(c, count, value));
      }
    }
    out.sort(
        Comparator.comparingDouble(CountryImpact::valueAtRisk)
            .reversed()
            .thenComparing(CountryImpact::country));
    return out;
  }

  /**
   * Single points of failure left after {@code scenario}: sources and operations whose loss alone
   * would block a product the scenario leaves available. Found top-down in topological order along
   * required inputs and parts with one remaining source; a failure that bites only through two
   * alternatives sharing a common input is found by running it as a scenario.
   */
  public List<SinglePoint> singlePointsOfFailure(EmbargoScenario scenario, LocalDate asOf) {
    propagation.run(scenario, asOf);
    boolean[] critical = new boolean[g.size()];
    for (int v : g.topological) {
      if (propagation.isBlocked(v)) {
        continue;
      }
      critical[v] |= g.kind[v] == NodeKind.PRODUCT.ordinal();
      if (critical[v]) {
        markCriticalChildren(v, critical);
      }
    }
    List<SinglePoint> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      NodeKind kind = g.kind(v);
      if (critical[v] && (kind == NodeKind.SOURCE || kind == NodeKind.OPERATION)) {
        out.add(new SinglePoint(v, g.label(v), kind, g.supplier(v), g.country(v)));
      }
    }
    return out;
  }

  private void markCriticalChildren(int v, boolean[] critical) {
    int alive = 0;
    int last = -1;
    for (int k = g.children.start[v]; k < g.children.start[v + 1]; k++) {
      int c = g.children.targets[k];
      if (!propagation.isBlocked(c)) {
        alive++;
        last = c;
        if (!g.any[v]) {
          critical[c] = true;
        }
      }
    }
    if (g.any[v] && alive == 1) {
      critical[last] = true;
    }
  }

  /** True if some source of this part is cut itself or through one of its operations. */
  private boolean bitesHere(int part) {
    for (int k = g.children.start[part]; k < g.children.start[part + 1]; k++) {
      int s = g.children.targets[k];
      if (propagation.cause(s) != BlockCause.PROPAGATED || hasCutOperation(s)) {
        return true;
      }
    }
    return g.children.degree(part) == 0;
  }

  private boolean hasCutOperation(int source) {
    for (int k = g.children.start[source]; k < g.children.start[source + 1]; k++) {
      int c = g.children.targets[k];
      if (g.kind[c] == NodeKind.OPERATION.ordinal() && propagation.isBlocked(c)) {
        return true;
      }
    }
    return false;
  }

  private List<String> partReasons(int part) {
    List<String> out = new ArrayList<>();
    for (int k = g.children.start[part]; k < g.children.start[part + 1]; k++) {
      out.add(EmbargoReasons.why(g, propagation, g.children.targets[k]));
    }
    return out;
  }

  private List<String> productReasons(int product) {
    List<String> out = new ArrayList<>();
    EmbargoReasons.missing(g, propagation, product, out, MAX_PRODUCT_REASONS);
    return out;
  }
}
