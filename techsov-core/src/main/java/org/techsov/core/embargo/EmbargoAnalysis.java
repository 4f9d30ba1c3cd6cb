package org.techsov.core.embargo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs embargo scenarios over one supplier graph. The graph's adjacency, topological order and
 * country index are built once. A single scenario is propagated incrementally, touching only the
 * nodes it cuts and those above them; a list of scenarios is evaluated 64 at a time in one pass
 * over the precomputed reverse topological order, with a bitset per node (see {@link
 * BatchPropagation}). Buffers are reused between scenarios. Not thread-safe: use one instance per
 * thread.
 */
public final class EmbargoAnalysis {
  private final SupplierGraph g;
  private final Propagation propagation;
  private BatchPropagation batch;

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
    propagation.run(scenario, asOf);
    return ReportBuilder.build(g, scenario, asOf, propagation);
  }

  /** Runs several scenarios on the same date, 64 per pass over the graph. */
  public List<EmbargoReport> runAll(List<EmbargoScenario> scenarios, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<EmbargoReport> out = new ArrayList<>(scenarios.size());
    for (int from = 0; from < scenarios.size(); from += BatchPropagation.WIDTH) {
      List<EmbargoScenario> chunk =
          scenarios.subList(from, Math.min(scenarios.size(), from + BatchPropagation.WIDTH));
      batch().run(chunk, asOf);
      for (int s = 0; s < chunk.size(); s++) {
        out.add(ReportBuilder.build(g, chunk.get(s), asOf, batch().view(s)));
      }
    }
    return out;
  }

  /** Runs two scenarios and compares them. */
  public ScenarioComparison compare(EmbargoScenario a, EmbargoScenario b, LocalDate asOf) {
    List<EmbargoReport> both = runAll(List.of(a, b), asOf);
    return ScenarioComparison.of(both.get(0), both.get(1));
  }

  /** Number of nodes a scenario blocks, without building a report. */
  public int countBlocked(EmbargoScenario scenario, LocalDate asOf) {
    return propagation.run(scenario, asOf);
  }

  /** Number of products each scenario blocks, without building reports (for sweeps). */
  public int[] countBlockedProducts(List<EmbargoScenario> scenarios, LocalDate asOf) {
    int[] out = new int[scenarios.size()];
    for (int from = 0; from < scenarios.size(); from += BatchPropagation.WIDTH) {
      int to = Math.min(scenarios.size(), from + BatchPropagation.WIDTH);
      batch().run(scenarios.subList(from, to), asOf);
      for (int s = from; s < to; s++) {
        BlockState view = batch().view(s - from);
        for (int p : g.products) {
          out[s] += view.isBlocked(p) ? 1 : 0;
        }
      }
    }
    return out;
  }

  /**
   * Every country cut alone, as at {@code asOf}: how many products each would stop and their value,
   * most damaging first (ties by country code); countries that stop nothing are left out.
   */
  public List<CountryImpact> countriesAlone(LocalDate asOf) {
    List<EmbargoScenario> single = new ArrayList<>();
    g.countries.forEach(c -> single.add(EmbargoScenario.countries(c.alpha3(), Set.of(c))));
    List<CountryImpact> out = new ArrayList<>();
    List<EmbargoReport> reports = runAll(single, asOf);
    for (int i = 0; i < reports.size(); i++) {
      EmbargoReport r = reports.get(i);
      if (r.blockedProductCount() > 0) {
        out.add(new CountryImpact(g.countries.get(i), r.blockedProductCount(), r.valueAtRisk()));
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

  private BatchPropagation batch() {
    if (batch == null) {
      batch = new BatchPropagation(g);
    }
    return batch;
  }
}
