package org.techsov.core.circumvention;

import java.util.List;

/**
 * The routes of a circumvention analysis, ranked: significant routes first, then flagged ones, each
 * by increase of the bloc-to-hub leg.
 *
 * @param query what was asked
 * @param goods the goods followed
 * @param design the months compared
 * @param routes every route with bloc-to-hub trade, ranked
 * @param notes what the reader should know (months missing, sources, tests)
 */
public record CircumventionResult(
    CircumventionQuery query,
    String goods,
    MatchedDesign design,
    List<Route> routes,
    List<String> notes) {
  public CircumventionResult {
    routes = List.copyOf(routes);
    notes = List.copyOf(notes);
  }

  public List<Route> significant() {
    return routes.stream().filter(Route::significant).toList();
  }
}
