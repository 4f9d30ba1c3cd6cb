package org.techsov.ingest.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.CatalogueValidator;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Problem;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Source;
import org.techsov.core.programme.Technology;
import org.techsov.core.programme.VendorReplacement;

/**
 * Catalogue content read from one or more files but not yet validated, with the file and line of
 * every item so that validation problems can say where to look.
 */
final class CatalogueDraft {
  final List<Source> sources = new ArrayList<>();
  final List<Figure> facts = new ArrayList<>();
  final List<Technology> technologies = new ArrayList<>();
  final List<Programme> programmes = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  final List<VendorReplacement> replacements = new ArrayList<>();
  final Map<String, Location> locations = new LinkedHashMap<>();

  void locate(String item, Location location) {
    locations.putIfAbsent(item, location);
  }

  /** Adds another file's content; a source declared identically in both files is kept once. */
  void add(CatalogueDraft other) {
    for (Source s : other.sources) {
      if (!sources.contains(s)) {
        sources.add(s);
      }
    }
    facts.addAll(other.facts);
    technologies.addAll(other.technologies);
    programmes.addAll(other.programmes);
    claims.addAll(other.claims);
    replacements.addAll(other.replacements);
    other.locations.forEach(this::locate);
  }

  List<Problem> problems() {
    return CatalogueValidator.problems(
        sources, facts, technologies, programmes, claims, replacements);
  }

  /** The catalogue; call only when {@link #problems()} is empty. */
  Catalogue build() {
    return new Catalogue(sources, facts, technologies, programmes, claims, replacements);
  }

  /** Where an item was read, trying its enclosing items when it has no line of its own. */
  Location locationOf(String item) {
    String key = item;
    while (true) {
      Location l = locations.get(key);
      if (l != null) {
        return l;
      }
      int comma = key.lastIndexOf(", ");
      if (comma < 0) {
        return null;
      }
      key = key.substring(0, comma);
    }
  }
}
