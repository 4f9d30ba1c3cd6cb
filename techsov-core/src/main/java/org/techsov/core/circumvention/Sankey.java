package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data for a Sankey diagram of routes: origin bloc to hubs to target, each link weighted by the
 * value that flowed after the sanction (US dollars over the post months), plus the bloc's direct
 * exports to the target for comparison.
 *
 * @param nodes the nodes: the origin, the hubs, the target
 * @param links the links with their values
 * @param months the months the values cover
 */
public record Sankey(List<Node> nodes, List<Link> links, String months) {
  public Sankey {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /**
   * A node.
   *
   * @param id bloc id or country code
   * @param role {@code origin}, {@code hub} or {@code target}
   */
  public record Node(String id, String role) {}

  /**
   * A link.
   *
   * @param source node id
   * @param target node id
   * @param valueUsd value over the post months
   * @param groups the product groups the value covers
   */
  public record Link(String source, String target, double valueUsd, List<String> groups) {
    public Link {
      groups = List.copyOf(groups);
    }
  }

  /** The diagram of the given routes (normally the significant or the top ones). */
  public static Sankey of(CircumventionResult result, List<Route> routes) {
    int n = result.design().postCount();
    String origin = result.query().bloc();
    String target = result.query().target().alpha3();
    Map<String, Node> nodes = new LinkedHashMap<>();
    nodes.put(origin, new Node(origin, "origin"));
    Map<String, double[]> in = new LinkedHashMap<>();
    Map<String, double[]> out = new LinkedHashMap<>();
    Map<String, List<String>> groups = new LinkedHashMap<>();
    double direct = 0;
    List<String> directGroups = new ArrayList<>();
    for (Route r : routes) {
      String hub = r.hub().alpha3();
      nodes.putIfAbsent(hub, new Node(hub, "hub"));
      in.computeIfAbsent(hub, k -> new double[1])[0] += r.blocToHub().postPerMonth() * n;
      out.computeIfAbsent(hub, k -> new double[1])[0] += r.hubToTarget().postPerMonth() * n;
      groups.computeIfAbsent(hub, k -> new ArrayList<>()).add(r.group());
      if (!directGroups.contains(r.group())) {
        directGroups.add(r.group());
        direct += r.blocToTarget().postPerMonth() * n;
      }
    }
    nodes.put(target, new Node(target, "target"));
    List<Link> links = new ArrayList<>();
    in.forEach((hub, v) -> links.add(new Link(origin, hub, v[0], groups.get(hub))));
    out.forEach(
        (hub, v) -> {
          if (v[0] > 0) {
            links.add(new Link(hub, target, v[0], groups.get(hub)));
          }
        });
    if (direct > 0) {
      links.add(new Link(origin, target, direct, directGroups));
    }
    String months = Months.range(result.design().postMonths()[0], result.design().lastMonth());
    return new Sankey(new ArrayList<>(nodes.values()), links, months);
  }
}
