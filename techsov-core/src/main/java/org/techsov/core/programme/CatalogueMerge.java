package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Combines a stored catalogue with an incoming one, item by item. The result is validated like any
 * catalogue, so a merge that would leave a dangling reference is refused as a whole.
 */
public final class CatalogueMerge {
  private CatalogueMerge() {}

  /**
   * Merges by id: an incoming source, technology, programme or claim replaces the stored one with
   * the same id, keeping its position; new ones are appended after the stored ones, in incoming
   * order. Facts are matched by id (facts without id are appended unless an identical fact is
   * stored); vendor replacements by category. A programme is replaced whole: to add readings to a
   * stored series, use {@link #withObservations}.
   */
  public static Catalogue byId(Catalogue stored, Catalogue incoming) {
    return new Catalogue(
        upsert(stored.sources(), incoming.sources(), Source::id),
        upsert(stored.facts(), incoming.facts(), f -> f.id() == null ? f : f.id()),
        upsert(stored.technologies(), incoming.technologies(), Technology::id),
        upsert(stored.programmes(), incoming.programmes(), Programme::id),
        upsert(stored.claims(), incoming.claims(), Claim::id),
        upsert(stored.replacements(), incoming.replacements(), VendorReplacement::category));
  }

  /**
   * The catalogue with {@code observations} appended to series {@code seriesId} of programme {@code
   * programmeId}, and with the {@code sources} it does not declare yet.
   *
   * @throws TechsovException NO_DATA for an unknown programme or series; INVALID_ARGUMENT when the
   *     result breaks a rule of the catalogue
   */
  public static Catalogue withObservations(
      Catalogue catalogue,
      String programmeId,
      String seriesId,
      List<Figure> observations,
      List<Source> sources) {
    Programme p = catalogue.programme(programmeId);
    Series s =
        p.series(seriesId)
            .orElseThrow(
                () ->
                    new TechsovException(
                        ErrorCode.NO_DATA,
                        "programme "
                            + programmeId
                            + " has no series '"
                            + seriesId
                            + "'; it has: "
                            + String.join(", ", p.series().stream().map(Series::id).toList())));
    List<Figure> all = new ArrayList<>(s.observations());
    all.addAll(observations);
    Series updated = new Series(s.id(), s.measure(), s.launch(), s.marketBound(), all, s.targets());
    List<Series> series =
        p.series().stream().map(x -> x.id().equals(seriesId) ? updated : x).toList();
    Programme changed =
        new Programme(p.id(), p.name(), p.country(), p.substitution(), series, p.note());
    List<Source> newSources = new ArrayList<>(catalogue.sources());
    for (Source src : sources) {
      if (catalogue.source(src.id()).isEmpty()) {
        newSources.add(src);
      } else if (!catalogue.source(src.id()).get().equals(src)) {
        throw TechsovException.invalidArgument(
            "source '"
                + src.id()
                + "' is stored with different content; it cannot be changed here");
      }
    }
    return new Catalogue(
        newSources,
        catalogue.facts(),
        catalogue.technologies(),
        catalogue.programmes().stream().map(x -> x.id().equals(programmeId) ? changed : x).toList(),
        catalogue.claims(),
        catalogue.replacements());
  }

  private static <T> List<T> upsert(List<T> stored, List<T> incoming, Function<T, Object> key) {
    Map<Object, T> byKey = new LinkedHashMap<>();
    for (T t : stored) {
      byKey.putIfAbsent(Objects.requireNonNullElse(key.apply(t), t), t);
    }
    List<T> out = new ArrayList<>(stored);
    for (T t : incoming) {
      Object k = Objects.requireNonNullElse(key.apply(t), t);
      T before = byKey.get(k);
      if (before == null) {
        out.add(t);
        byKey.put(k, t);
      } else {
        out.set(out.indexOf(before), t);
        byKey.put(k, t);
      }
    }
    return out;
  }
}
