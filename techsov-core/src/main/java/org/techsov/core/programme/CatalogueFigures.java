package org.techsov.core.programme;

import java.util.ArrayList;
import java.util.List;

/** Every figure of a catalogue's items, each with the name of the item that holds it. */
final class CatalogueFigures {
  private CatalogueFigures() {}

  static List<LocatedFigure> of(
      List<Figure> facts, List<Technology> technologies, List<Programme> programmes) {
    List<LocatedFigure> out = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      out.add(new LocatedFigure(ItemPath.fact(i + 1, facts.get(i).id()), facts.get(i)));
    }
    for (Technology t : technologies) {
      for (int i = 0; i < t.metrics().size(); i++) {
        out.add(
            new LocatedFigure(
                ItemPath.technologyMetric(t.id(), i + 1), t.metrics().get(i).figure()));
      }
      for (Target target : t.targets()) {
        out.add(new LocatedFigure(ItemPath.technologyTarget(t.id(), target.id()), target.figure()));
      }
    }
    for (Programme p : programmes) {
      for (Series s : p.series()) {
        for (int i = 0; i < s.observations().size(); i++) {
          out.add(
              new LocatedFigure(
                  ItemPath.observation(p.id(), s.id(), i + 1), s.observations().get(i)));
        }
        if (s.marketBound() != null) {
          out.add(new LocatedFigure(ItemPath.marketBound(p.id(), s.id()), s.marketBound()));
        }
        for (Target target : s.targets()) {
          out.add(
              new LocatedFigure(
                  ItemPath.seriesTarget(p.id(), s.id(), target.id()), target.figure()));
        }
      }
    }
    return out;
  }
}
