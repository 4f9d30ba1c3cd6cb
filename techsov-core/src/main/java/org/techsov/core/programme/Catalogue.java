package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * The registry of sources, facts, critical technologies, substitution programmes, claims and vendor
 * replacements. A catalogue is always valid: the constructor rejects content that breaks a rule of
 * {@link CatalogueValidator}, naming every item at fault.
 */
public record Catalogue(
    List<Source> sources,
    List<Figure> facts,
    List<Technology> technologies,
    List<Programme> programmes,
    List<Claim> claims,
    List<VendorReplacement> replacements) {
  public static final Catalogue EMPTY =
      new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Catalogue {
    sources = List.copyOf(sources);
    facts = List.copyOf(facts);
    technologies = List.copyOf(technologies);
    programmes = List.copyOf(programmes);
    claims = List.copyOf(claims);
    replacements = List.copyOf(replacements);
    List<Problem> problems =
        CatalogueValidator.problems(sources, facts, technologies, programmes, claims, replacements);
    if (!problems.isEmpty()) {
      throw TechsovException.invalidArgument(
          "catalogue rejected, "
              + problems.size()
              + " problem(s):\n  "
              + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
    }
  }

  /**
   * This catalogue and {@code other} together; a source declared identically in both is kept once.
   */
  public Catalogue merge(Catalogue other) {
    Map<String, Source> merged = new LinkedHashMap<>();
    List<Source> all = new ArrayList<>();
    for (Source s : concat(sources, other.sources)) {
      if (!s.equals(merged.putIfAbsent(s.id(), s))) {
        all.add(s);
      }
    }
    return new Catalogue(
        all,
        concat(facts, other.facts),
        concat(technologies, other.technologies),
        concat(programmes, other.programmes),
        concat(claims, other.claims),
        concat(replacements, other.replacements));
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The programme with this id, or a NO_DATA error listing the ids there are. */
  public Programme programme(String id) {
    return programmes.stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> notFound("programme", id, programmes.stream().map(Programme::id)));
  }

  /** The technology with this id, or a NO_DATA error listing the ids there are. */
  public Technology technology(String id) {
    return technologies.stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> notFound("technology", id, technologies.stream().map(Technology::id)));
  }

  /** The series at {@code programme/series}. */
  public Optional<Series> series(String path) {
    int slash = path.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String programme = path.substring(0, slash);
    return programmes.stream()
        .filter(p -> p.id().equals(programme))
        .findFirst()
        .flatMap(p -> p.series(path.substring(slash + 1)));
  }

  /** Every figure with the item holding it, in catalogue order. */
  public List<LocatedFigure> figures() {
    return CatalogueFigures.of(facts, technologies, programmes);
  }

  /** The figure with this id. */
  public Optional<LocatedFigure> figure(String id) {
    return figures().stream().filter(f -> id.equals(f.figure().id())).findFirst();
  }

  private static TechsovException notFound(String kind, String id, Stream<String> known) {
    return new TechsovException(
        ErrorCode.NO_DATA,
        "no "
            + kind
            + " '"
            + id
            + "' in the catalogue; known: "
            + known.collect(Collectors.joining(", ")));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
