package org.techsov.core.programme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Per-kind rules of {@link CatalogueValidator}: identifiers, dates, ranges, references. */
final class ItemRules {
  private ItemRules() {}

  static void technologies(List<Technology> technologies, List<Problem> out) {
    Set<String> ids = new HashSet<>();
    for (Technology t : technologies) {
      String item = ItemPath.technology(t.id());
      unique(ids, t.id(), item, out);
      Set<String> targetIds = new HashSet<>();
      for (Target target : t.targets()) {
        String targetItem = ItemPath.technologyTarget(t.id(), target.id());
        unique(targetIds, target.id(), targetItem, out);
        if (CatalogueValidator.blank(target.metric())) {
          out.add(new Problem(targetItem, "a technology target must name its metric"));
        }
      }
    }
  }

  static void programmes(List<Programme> programmes, List<Problem> out) {
    Set<String> ids = new HashSet<>();
    for (Programme p : programmes) {
      unique(ids, p.id(), ItemPath.programme(p.id()), out);
      Set<String> seriesIds = new HashSet<>();
      for (Series s : p.series()) {
        unique(seriesIds, s.id(), ItemPath.series(p.id(), s.id()), out);
        series(p, s, out);
      }
    }
  }

  private static void series(Programme p, Series s, List<Problem> out) {
    for (int i = 0; i < s.observations().size(); i++) {
      Figure f = s.observations().get(i);
      String item = ItemPath.observation(p.id(), s.id(), i + 1);
      if (f.asOf() == null) {
        out.add(new Problem(item, "an observation needs a date"));
      }
      if (!f.quantity().unit().equals(s.measure().unit())) {
        out.add(
            new Problem(
                item,
                "unit '"
                    + f.quantity().unit()
                    + "' differs from the series unit '"
                    + s.measure().unit()
                    + "'"));
      }
      double full = s.measure().fullShare();
      if (s.measure().shape().isShare() && (f.value() < 0 || f.value() > full)) {
        out.add(new Problem(item, "a share must lie between 0 and " + Quantity.format(full)));
      }
    }
    Set<String> targetIds = new HashSet<>();
    for (Target t : s.targets()) {
      String item = ItemPath.seriesTarget(p.id(), s.id(), t.id());
      unique(targetIds, t.id(), item, out);
      if (t.deadline() == null) {
        out.add(new Problem(item, "a target needs a deadline (the figure's date)"));
      }
    }
  }

  static void claims(
      List<Claim> claims,
      Set<String> sources,
      Set<String> figureIds,
      Set<String> series,
      List<Problem> out) {
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      String item = ItemPath.claim(c.id());
      unique(ids, c.id(), item, out);
      if (c.said() == null) {
        out.add(new Problem(item, "a claim needs a speaker and a source"));
      } else {
        CatalogueValidator.citation(item, c.said().citation(), sources, out);
      }
      if (c.check() != null && !c.check().isMeasure() && !series.contains(c.check().subject())) {
        out.add(
            new Problem(
                item,
                "checks '"
                    + c.check().subject()
                    + "', which is no programme/series in the catalogue"));
      }
      for (String ref : c.evidence().figures()) {
        if (!figureIds.contains(ref)) {
          out.add(
              new Problem(
                  item, "cites evidence '" + ref + "', which is no figure id in the catalogue"));
        }
      }
    }
  }

  private static void unique(Set<String> seen, String id, String item, List<Problem> out) {
    if (CatalogueValidator.blank(id)) {
      out.add(new Problem(item, "needs an id"));
    } else if (!seen.add(id)) {
      out.add(new Problem(item, "id '" + id + "' is used twice"));
    }
  }
}
