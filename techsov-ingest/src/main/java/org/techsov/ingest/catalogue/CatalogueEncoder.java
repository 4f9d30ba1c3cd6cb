package org.techsov.ingest.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Qualifier;
import org.techsov.core.programme.ReportedDate;
import org.techsov.core.programme.Series;
import org.techsov.core.programme.Source;
import org.techsov.core.programme.Target;
import org.techsov.core.programme.Technology;
import org.techsov.core.programme.TechnologyMetric;
import org.techsov.core.programme.VendorReplacement;

/** The catalogue as ordered maps and lists, in the field order of the format document. */
final class CatalogueEncoder {
  private CatalogueEncoder() {}

  static Map<String, Object> encode(Catalogue c) {
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("format", CatalogueDecoder.FORMAT);
    put(top, "sources", c.sources().stream().map(CatalogueEncoder::source).toList());
    put(top, "facts", c.facts().stream().map(f -> figure(new LinkedHashMap<>(), f, null)).toList());
    put(top, "technologies", c.technologies().stream().map(CatalogueEncoder::technology).toList());
    put(top, "programmes", c.programmes().stream().map(CatalogueEncoder::programme).toList());
    put(top, "claims", c.claims().stream().map(CatalogueEncoder::claim).toList());
    put(top, "replacements", c.replacements().stream().map(CatalogueEncoder::replacement).toList());
    return top;
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "id", s.id());
    put(m, "title", s.title());
    put(m, "author", s.author());
    put(m, "publisher", s.publisher());
    put(m, "date", s.date());
    put(m, "location", s.location());
    return m;
  }

  /** Adds the figure fields to {@code m}; the unit is left out when it is {@code impliedUnit}. */
  static Map<String, Object> figure(Map<String, Object> m, Figure f, String impliedUnit) {
    put(m, "id", f.id());
    put(m, "label", f.label());
    m.put("value", Writing.number(f.quantity().value()));
    if (f.quantity().qualifier() == Qualifier.RANGE) {
      m.put("upper", Writing.number(f.quantity().upper()));
    }
    if (f.quantity().qualifier() != Qualifier.EXACT) {
      m.put("qualifier", Writing.keyword(f.quantity().qualifier()));
    }
    if (!f.quantity().unit().equals(impliedUnit)) {
      m.put("unit", f.quantity().unit());
    }
    put(m, "date", f.asOf());
    if (f.citation() != null) {
      put(m, "source", f.citation().source());
      put(m, "quote", f.citation().quote());
    }
    put(m, "note", f.note());
    return m;
  }

  private static Map<String, Object> technology(Technology t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("name", t.name());
    m.put("country", t.country());
    Map<String, Object> area = new LinkedHashMap<>();
    area.put("id", t.area().id());
    area.put("name", t.area().name());
    area.put("hs", t.area().codes().stream().map(Object::toString).toList());
    m.put("area", area);
    List<Object> metrics = new ArrayList<>();
    for (TechnologyMetric tm : t.metrics()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("metric", tm.metric());
      x.put("holder", tm.holder());
      x.put("role", Writing.keyword(tm.role()));
      metrics.add(figure(x, tm.figure(), null));
    }
    put(m, "metrics", metrics);
    put(m, "targets", t.targets().stream().map(x -> target(x, null)).toList());
    return m;
  }

  private static Map<String, Object> target(Target t, String impliedUnit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    put(m, "metric", t.metric());
    m.put("set-by", t.setBy());
    m.put("description", t.description());
    m.put("comparison", Writing.keyword(t.comparison()));
    Figure f = t.figure();
    figure(
        m,
        new Figure(null, f.label(), f.quantity(), f.asOf(), f.citation(), f.note()),
        impliedUnit);
    return m;
  }

  private static Map<String, Object> programme(Programme p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("name", p.name());
    m.put("country", p.country());
    put(m, "incumbents", p.substitution().incumbents());
    put(m, "substitutes", p.substitution().substitutes());
    put(m, "note", p.note());
    put(m, "series", p.series().stream().map(CatalogueEncoder::series).toList());
    return m;
  }

  private static Map<String, Object> series(Series s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("subject", s.measure().subject());
    m.put("metric", s.measure().description());
    m.put("unit", s.measure().unit());
    m.put("shape", Writing.keyword(s.measure().shape()));
    put(m, "launch", s.launch());
    if (s.marketBound() != null) {
      m.put("market-bound", figure(new LinkedHashMap<>(), s.marketBound(), null));
    }
    String unit = s.measure().unit();
    put(
        m,
        "observations",
        s.observations().stream().map(f -> figure(new LinkedHashMap<>(), f, unit)).toList());
    put(m, "targets", s.targets().stream().map(t -> target(t, unit)).toList());
    return m;
  }

  private static Map<String, Object> claim(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("country", c.country());
    m.put("speaker", c.said().speaker());
    put(m, "date", c.said().on());
    m.put("statement", c.statement());
    if (c.said().citation() != null) {
      put(m, "source", c.said().citation().source());
      put(m, "quote", c.said().citation().quote());
    }
    if (c.check() != null) {
      Map<String, Object> check = new LinkedHashMap<>();
      check.put("subject", c.check().subject());
      check.put("comparison", Writing.keyword(c.check().comparison()));
      check.put("value", Writing.number(c.check().level()));
      check.put("by", c.check().by().toString());
      m.put("check", check);
    }
    put(m, "evidence", c.evidence().figures());
    put(m, "measures", c.evidence().measures());
    return m;
  }

  private static Map<String, Object> replacement(VendorReplacement r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("category", r.category());
    put(m, "foreign-vendors", r.foreignVendors());
    put(m, "domestic-vendors", r.domesticVendors());
    m.put("products", r.productCount());
    if (r.citation() != null) {
      put(m, "source", r.citation().source());
      put(m, "quote", r.citation().quote());
    }
    return m;
  }

  /** Puts non-null, non-empty values; dates as their text. */
  private static void put(Map<String, Object> m, String key, Object value) {
    if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
      return;
    }
    m.put(key, value instanceof ReportedDate d ? d.toString() : value);
  }
}
