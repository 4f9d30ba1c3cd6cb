package org.techsov.engine.circumvention;

import java.util.List;

/**
 * A route query's countries as store keys.
 *
 * @param target the target's key
 * @param bloc keys of the bloc's members on the bloc date
 * @param hubs keys of the candidate hubs named, empty for every partner outside the bloc
 */
record ResolvedRoutes(int target, List<Integer> bloc, List<Integer> hubs) {
  ResolvedRoutes {
    bloc = List.copyOf(bloc);
    hubs = List.copyOf(hubs);
  }
}
