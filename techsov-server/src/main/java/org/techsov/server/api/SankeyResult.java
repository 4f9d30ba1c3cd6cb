package org.techsov.server.api;

import java.util.List;
import org.techsov.core.circumvention.Sankey;

/**
 * Sankey data of circumvention routes, as {@code techsov circumvention --sankey FILE} writes them:
 * the origin bloc, the hubs and the target as nodes, each link weighted by the value that flowed
 * over the months after the sanction (US dollars), plus the bloc's direct exports to the target.
 *
 * @param months the months the values cover
 * @param unit the unit of the values
 * @param routes how many routes the diagram draws
 * @param significantOnly whether it draws the significant routes (else the best-ranked shown)
 * @param nodes the nodes
 * @param links the links
 * @param reproduce the command and addresses that give the same data
 */
public record SankeyResult(
    String months,
    String unit,
    int routes,
    boolean significantOnly,
    List<Node> nodes,
    List<Link> links,
    DependencyResult.Reproduce reproduce) {
  /**
   * A node.
   *
   * @param id bloc id or country code
   * @param role origin, hub or target
   */
  public record Node(String id, String role) {}

  /**
   * A link.
   *
   * @param source node id
   * @param target node id
   * @param valueUsd value over the months, US dollars
   * @param goods the product groups it carries
   */
  public record Link(String source, String target, long valueUsd, List<String> goods) {}

  static SankeyResult of(
      Sankey s, int routes, boolean significantOnly, DependencyResult.Reproduce reproduce) {
    return new SankeyResult(
        s.months(),
        "USD over the months",
        routes,
        significantOnly,
        s.nodes().stream().map(n -> new Node(n.id(), n.role())).toList(),
        s.links().stream()
            .map(l -> new Link(l.source(), l.target(), Math.round(l.valueUsd()), l.groups()))
            .toList(),
        reproduce);
  }
}
