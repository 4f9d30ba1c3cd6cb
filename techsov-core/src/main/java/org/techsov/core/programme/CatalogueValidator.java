package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a catalogue must meet. Above all: every figure has a source that the catalogue
 * declares, and a quote. Also: identifiers are unique, observations and deadlines are dated, shares
 * lie within the whole, and what claims cite exists.
 */
public final class CatalogueValidator {
  private CatalogueValidator() {}

  /** Every problem, in catalogue order; empty when the content is valid. */
  public static List<Problem> problems(
      List<Source> sources,
      List<Figure> facts,
      List<Technology> technologies,
      List<Programme> programmes,
      List<Claim> claims,
      List<VendorReplacement> replacements) {
    List<Problem> out = new ArrayList<>();
    Map<String, Source> byId = sources(sources, out);
    List<LocatedFigure> figures = CatalogueFigures.of(facts, technologies, programmes);
    Set<String> figureIds = new HashSet<>();
    for (LocatedFigure f : figures) {
      figure(f, byId.keySet(), out);
      String id = f.figure().id();
      if (id != null && !figureIds.add(id)) {
        out.add(new Problem(f.item(), "figure id '" + id + "' is used twice; ids must be unique"));
      }
    }
    for (int i = 0; i < facts.size(); i++) {
      if (blank(facts.get(i).label())) {
        out.add(new Problem(ItemPath.fact(i + 1, facts.get(i).id()), "a fact needs a label"));
      }
    }
    ItemRules.technologies(technologies, out);
    ItemRules.programmes(programmes, out);
    Set<String> series = new HashSet<>();
    programmes.forEach(p -> p.series().forEach(s -> series.add(p.id() + "/" + s.id())));
    ItemRules.claims(claims, byId.keySet(), figureIds, series, out);
    for (int i = 0; i < replacements.size(); i++) {
      VendorReplacement r = replacements.get(i);
      String item = ItemPath.replacement(i + 1, r.category());
      citation(item, r.citation(), byId.keySet(), out);
      if (r.domesticVendors().isEmpty()) {
        out.add(new Problem(item, "lists no domestic vendor"));
      }
    }
    return out;
  }

  private static Map<String, Source> sources(List<Source> sources, List<Problem> out) {
    Map<String, Source> byId = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      String item = ItemPath.source(i + 1, s.id());
      if (blank(s.id())) {
        out.add(new Problem(item, "a source needs an id"));
        continue;
      }
      Source before = byId.putIfAbsent(s.id(), s);
      if (before != null && !before.equals(s)) {
        out.add(
            new Problem(
                item, "source id '" + s.id() + "' is declared twice with different content"));
      }
      if (blank(s.title()) || blank(s.publisher()) || blank(s.location())) {
        out.add(new Problem(item, "a source needs a title, a publisher and a URL or file"));
      }
    }
    return byId;
  }

  private static void figure(LocatedFigure f, Set<String> sources, List<Problem> out) {
    citation(f.item(), f.figure().citation(), sources, out);
  }

  static void citation(String item, Citation c, Set<String> sources, List<Problem> out) {
    if (c == null || blank(c.source())) {
      out.add(new Problem(item, "figure has no source; every figure needs a source and a quote"));
      return;
    }
    if (!sources.contains(c.source())) {
      out.add(
          new Problem(
              item, "cites source '" + c.source() + "', which the catalogue does not declare"));
    }
    if (blank(c.quote())) {
      out.add(new Problem(item, "cites source '" + c.source() + "' without a quote"));
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
