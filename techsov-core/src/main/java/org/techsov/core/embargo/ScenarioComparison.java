package org.techsov.core.embargo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The difference between two scenario reports on the same graph: what one blocks and the other does
 * not. Labels are sorted.
 *
 * @param first name of the first scenario
 * @param second name of the second scenario
 * @param productsOnlyFirst products blocked in the first only
 * @param productsOnlySecond products blocked in the second only
 * @param productsInBoth products blocked in both
 * @param valueAtRiskDelta second's value at risk minus first's
 * @param partsOnlyFirst parts without substitute in the first only
 * @param partsOnlySecond parts without substitute in the second only
 */
public record ScenarioComparison(
    String first,
    String second,
    List<String> productsOnlyFirst,
    List<String> productsOnlySecond,
    List<String> productsInBoth,
    double valueAtRiskDelta,
    List<String> partsOnlyFirst,
    List<String> partsOnlySecond) {
  public ScenarioComparison {
    productsOnlyFirst = List.copyOf(productsOnlyFirst);
    productsOnlySecond = List.copyOf(productsOnlySecond);
    productsInBoth = List.copyOf(productsInBoth);
    partsOnlyFirst = List.copyOf(partsOnlyFirst);
    partsOnlySecond = List.copyOf(partsOnlySecond);
  }

  /** Compares two reports. */
  public static ScenarioComparison of(EmbargoReport a, EmbargoReport b) {
    Set<String> pa = labels(a.blockedProducts());
    Set<String> pb = labels(b.blockedProducts());
    Set<String> ca = labels(a.partsWithoutSubstitute());
    Set<String> cb = labels(b.partsWithoutSubstitute());
    return new ScenarioComparison(
        a.scenario(),
        b.scenario(),
        minus(pa, pb),
        minus(pb, pa),
        both(pa, pb),
        b.valueAtRisk() - a.valueAtRisk(),
        minus(ca, cb),
        minus(cb, ca));
  }

  private static Set<String> labels(List<BlockedNode> nodes) {
    Set<String> out = new TreeSet<>();
    nodes.forEach(n -> out.add(n.label()));
    return out;
  }

  private static List<String> minus(Set<String> x, Set<String> y) {
    List<String> out = new ArrayList<>(x);
    out.removeAll(y);
    return out;
  }

  private static List<String> both(Set<String> x, Set<String> y) {
    List<String> out = new ArrayList<>(x);
    out.retainAll(y);
    return out;
  }
}
