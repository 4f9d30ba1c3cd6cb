package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * The gap between a technology's domestic process node and its peers, and the trajectory each node
 * target demands.
 *
 * @param technology the technology analysed
 * @param domestic the latest domestic node figure
 * @param pace the frontier's historic pace, fitted to the frontier-history figures
 * @param gaps one per peer figure
 * @param trajectories one per target on the metric
 * @param frontierYearAtDomesticNode the (fitted) year the frontier was at the domestic node
 */
public record TechnologyGap(
    Technology technology,
    TechnologyMetric domestic,
    NodePace pace,
    List<NodeGap> gaps,
    List<NodeTrajectory> trajectories,
    double frontierYearAtDomesticNode) {
  /** The process-node metric's identifier. */
  public static final String PROCESS_NODE = "process-node";

  public TechnologyGap {
    gaps = List.copyOf(gaps);
    trajectories = List.copyOf(trajectories);
  }

  /** Analyses the {@link #PROCESS_NODE} metric of a technology. */
  public static TechnologyGap processNode(Technology technology) {
    List<TechnologyMetric> domestic = technology.metrics(PROCESS_NODE, MetricRole.DOMESTIC);
    if (domestic.isEmpty()) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          "technology " + technology.id() + " has no domestic " + PROCESS_NODE + " figure");
    }
    TechnologyMetric latest = domestic.get(0);
    for (TechnologyMetric m : domestic) {
      if (m.figure().asOf().midpoint() > latest.figure().asOf().midpoint()) {
        latest = m;
      }
    }
    NodePace pace = NodePace.fit(technology.metrics(PROCESS_NODE, MetricRole.FRONTIER_HISTORY));
    double node = latest.figure().value();
    List<NodeGap> gaps = new ArrayList<>();
    for (TechnologyMetric peer : technology.metrics(PROCESS_NODE, MetricRole.PEER)) {
      double peerNm = peer.figure().value();
      gaps.add(
          new NodeGap(
              peer.holder(),
              node,
              peerNm,
              NodePace.generations(node, peerNm),
              pace.years(node, peerNm)));
    }
    List<NodeTrajectory> trajectories = new ArrayList<>();
    for (Target t : technology.targets()) {
      if (PROCESS_NODE.equals(t.metric()) && t.deadline() != null) {
        trajectories.add(
            NodeTrajectory.of(
                node, t.level(), latest.figure().asOf().midpoint(), t.deadline().end(), pace));
      }
    }
    return new TechnologyGap(technology, latest, pace, gaps, trajectories, pace.yearAt(node));
  }
}
