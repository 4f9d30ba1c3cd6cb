package org.techsov.ingest.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.techsov.core.error.TechsovException;
import org.techsov.core.forecast.ForecastShape;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.ItemPath;
import org.techsov.core.programme.Measure;
import org.techsov.core.programme.MetricRole;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Series;
import org.techsov.core.programme.Substitution;
import org.techsov.core.programme.Target;
import org.techsov.core.programme.Technology;
import org.techsov.core.programme.TechnologyMetric;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.TechnologyArea;

/** Decodes technologies and programmes, recording the line of each nested item. */
final class ProgrammeDecoder {
  private ProgrammeDecoder() {}

  static Technology technology(Fields f, CatalogueDraft draft) {
    f.allowOnly(Set.of("id", "name", "country", "area", "metrics", "targets"));
    String id = f.text("id");
    draft.locate(ItemPath.technology(id), f.location());
    List<TechnologyMetric> metrics = new ArrayList<>();
    List<Fields> ms = f.list("metrics");
    for (int i = 0; i < ms.size(); i++) {
      Fields m = ms.get(i);
      Set<String> allowed = new HashSet<>(CatalogueDecoder.FIGURE);
      allowed.addAll(Set.of("metric", "holder", "role"));
      m.allowOnly(allowed);
      metrics.add(
          new TechnologyMetric(
              m.text("metric"),
              m.text("holder"),
              m.keyword("role", MetricRole.class, null),
              CatalogueDecoder.figure(m, null)));
      draft.locate(ItemPath.technologyMetric(id, i + 1), m.location());
    }
    List<Target> targets = new ArrayList<>();
    for (Fields t : f.list("targets")) {
      Target target = CatalogueDecoder.target(t, null, true);
      targets.add(target);
      draft.locate(ItemPath.technologyTarget(id, target.id()), t.location());
    }
    return new Technology(id, f.text("name"), f.text("country"), area(f), metrics, targets);
  }

  private static TechnologyArea area(Fields f) {
    Fields a = f.mapping("area");
    if (a == null) {
      throw f.error("area", null, "missing");
    }
    a.allowOnly(Set.of("id", "name", "hs"));
    List<HsCode> codes = new ArrayList<>();
    for (String code : a.texts("hs")) {
      try {
        codes.add(HsCode.parse(code));
      } catch (TechsovException e) {
        throw a.error("hs", null, e.getMessage());
      }
    }
    if (codes.isEmpty()) {
      throw a.error("hs", null, "a technology area needs at least one HS code");
    }
    return new TechnologyArea(a.text("id"), a.text("name"), codes);
  }

  static Programme programme(Fields f, CatalogueDraft draft) {
    f.allowOnly(Set.of("id", "name", "country", "incumbents", "substitutes", "note", "series"));
    String id = f.text("id");
    draft.locate(ItemPath.programme(id), f.location());
    List<Series> series = new ArrayList<>();
    for (Fields s : f.list("series")) {
      series.add(series(s, id, draft));
    }
    return new Programme(
        id,
        f.text("name"),
        f.text("country"),
        new Substitution(f.texts("incumbents"), f.texts("substitutes")),
        series,
        f.optionalText("note"));
  }

  private static Series series(Fields f, String programme, CatalogueDraft draft) {
    f.allowOnly(
        Set.of(
            "id",
            "subject",
            "metric",
            "unit",
            "shape",
            "launch",
            "market-bound",
            "observations",
            "targets"));
    String id = f.text("id");
    String unit = f.text("unit");
    draft.locate(ItemPath.series(programme, id), f.location());
    Measure measure =
        new Measure(
            f.text("subject"),
            f.text("metric"),
            unit,
            f.keyword("shape", ForecastShape.class, null));
    Figure bound = null;
    Fields b = f.mapping("market-bound");
    if (b != null) {
      b.allowOnly(CatalogueDecoder.FIGURE);
      bound = CatalogueDecoder.figure(b, null);
      draft.locate(ItemPath.marketBound(programme, id), b.location());
    }
    List<Figure> observations = new ArrayList<>();
    List<Fields> os = f.list("observations");
    for (int i = 0; i < os.size(); i++) {
      os.get(i).allowOnly(CatalogueDecoder.FIGURE);
      observations.add(CatalogueDecoder.figure(os.get(i), unit));
      draft.locate(ItemPath.observation(programme, id, i + 1), os.get(i).location());
    }
    List<Target> targets = new ArrayList<>();
    for (Fields t : f.list("targets")) {
      Target target = CatalogueDecoder.target(t, unit, false);
      targets.add(target);
      draft.locate(ItemPath.seriesTarget(programme, id, target.id()), t.location());
    }
    return new Series(id, measure, f.optionalDate("launch"), bound, observations, targets);
  }
}
