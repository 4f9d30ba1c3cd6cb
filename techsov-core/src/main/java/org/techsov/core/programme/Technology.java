package org.techsov.core.programme;

import java.util.List;
import org.techsov.core.reference.TechnologyArea;

/**
 * A critical technology: its area and HS codes, status metrics against peers and official targets.
 *
 * @param id identifier, e.g. {@code microelectronics}
 * @param name descriptive name
 * @param country ISO alpha-3 code of the country whose status is tracked
 * @param area the technology area with the HS codes of its traded goods
 * @param metrics status figures: domestic, peers, frontier history
 * @param targets official targets, each naming its metric
 */
public record Technology(
    String id,
    String name,
    String country,
    TechnologyArea area,
    List<TechnologyMetric> metrics,
    List<Target> targets) {
  public Technology {
    metrics = List.copyOf(metrics);
    targets = List.copyOf(targets);
  }

  /** The figures of {@code metric} in the given role, in catalogue order. */
  public List<TechnologyMetric> metrics(String metric, MetricRole role) {
    return metrics.stream().filter(m -> m.metric().equals(metric) && m.role() == role).toList();
  }
}
