package org.techsov.core.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * The reference data an analysis runs against: countries, blocs, technology areas, goods lists and
 * sanction events.
 *
 * @param version version label of the reference data set
 */
public record ReferenceData(
    String version,
    CountryRegistry countries,
    Map<String, Bloc> blocs,
    Map<String, TechnologyArea> areas,
    Map<String, GoodsList> goodsLists,
    List<SanctionEvent> sanctionEvents) {
  public ReferenceData {
    blocs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blocs));
    areas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(areas));
    goodsLists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(goodsLists));
    sanctionEvents = List.copyOf(sanctionEvents);
  }

  /** The bloc with this id (case-insensitive), or a user-input error listing the known ones. */
  public Bloc bloc(String id) {
    for (Bloc b : blocs.values()) {
      if (b.id().equalsIgnoreCase(id)) {
        return b;
      }
    }
    throw new TechsovException(
        ErrorCode.UNKNOWN_BLOC, "unknown bloc '" + id + "'; known blocs: " + blocs.keySet());
  }

  /** The area with this id (case-insensitive), or a user-input error listing the known ones. */
  public TechnologyArea area(String id) {
    for (TechnologyArea a : areas.values()) {
      if (a.id().equalsIgnoreCase(id)) {
        return a;
      }
    }
    throw new TechsovException(
        ErrorCode.UNKNOWN_AREA,
        "unknown technology area '" + id + "'; known areas: " + areas.keySet());
  }
}
