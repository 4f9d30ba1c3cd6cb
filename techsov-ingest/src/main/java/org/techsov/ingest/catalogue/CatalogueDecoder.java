package org.techsov.ingest.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Attribution;
import org.techsov.core.programme.Check;
import org.techsov.core.programme.Citation;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.Comparison;
import org.techsov.core.programme.EvidenceLinks;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.ItemPath;
import org.techsov.core.programme.Qualifier;
import org.techsov.core.programme.Quantity;
import org.techsov.core.programme.Source;
import org.techsov.core.programme.Target;
import org.techsov.core.programme.VendorReplacement;

/** Turns one parsed catalogue file into a {@link CatalogueDraft}; see the format document. */
final class CatalogueDecoder {
  static final String FORMAT = "techsov-catalogue/1";
  static final Set<String> FIGURE =
      Set.of(
          "id", "label", "value", "upper", "qualifier", "unit", "date", "source", "quote", "note");

  private CatalogueDecoder() {}

  static CatalogueDraft decode(YamlNode root, String file) {
    Fields top = new Fields(root, file, "");
    top.allowOnly(
        Set.of(
            "format", "sources", "facts", "technologies", "programmes", "claims", "replacements"));
    String format = top.optionalText("format");
    if (format != null && !format.equals(FORMAT)) {
      throw top.error("format", null, "this reader knows '" + FORMAT + "', not '" + format + "'");
    }
    CatalogueDraft draft = new CatalogueDraft();
    List<Fields> sources = top.list("sources");
    for (int i = 0; i < sources.size(); i++) {
      Source s = source(sources.get(i));
      draft.sources.add(s);
      draft.locate(ItemPath.source(i + 1, s.id()), sources.get(i).location());
    }
    List<Fields> facts = top.list("facts");
    for (int i = 0; i < facts.size(); i++) {
      facts.get(i).allowOnly(FIGURE);
      Figure f = figure(facts.get(i), null);
      draft.facts.add(f);
      draft.locate(ItemPath.fact(i + 1, f.id()), facts.get(i).location());
    }
    for (Fields t : top.list("technologies")) {
      draft.technologies.add(ProgrammeDecoder.technology(t, draft));
    }
    for (Fields p : top.list("programmes")) {
      draft.programmes.add(ProgrammeDecoder.programme(p, draft));
    }
    for (Fields c : top.list("claims")) {
      Claim claim = claim(c);
      draft.claims.add(claim);
      draft.locate(ItemPath.claim(claim.id()), c.location());
    }
    List<Fields> replacements = top.list("replacements");
    for (int i = 0; i < replacements.size(); i++) {
      VendorReplacement r = replacement(replacements.get(i));
      draft.replacements.add(r);
      draft.locate(ItemPath.replacement(i + 1, r.category()), replacements.get(i).location());
    }
    return draft;
  }

  private static Source source(Fields f) {
    f.allowOnly(Set.of("id", "title", "author", "publisher", "date", "location"));
    return new Source(
        f.text("id"),
        f.optionalText("title"),
        f.optionalText("author"),
        f.optionalText("publisher"),
        f.optionalDate("date"),
        f.optionalText("location"));
  }

  /** The figure fields of a mapping; {@code defaultUnit} fills a missing unit (observations). */
  static Figure figure(Fields f, String defaultUnit) {
    Qualifier qualifier = f.keyword("qualifier", Qualifier.class, Qualifier.EXACT);
    String unit = f.optionalText("unit");
    if (unit == null) {
      unit = defaultUnit != null ? defaultUnit : f.text("unit");
    }
    double value = f.number("value");
    double upper = f.optionalNumber("upper");
    Quantity quantity;
    try {
      quantity = new Quantity(value, upper, qualifier, unit);
    } catch (TechsovException e) {
      throw f.error("upper", null, e.getMessage());
    }
    String source = f.optionalText("source");
    Citation citation = source == null ? null : new Citation(source, f.optionalText("quote"));
    return new Figure(
        f.optionalText("id"),
        f.optionalText("label"),
        quantity,
        f.optionalDate("date"),
        citation,
        f.optionalText("note"));
  }

  static Target target(Fields f, String defaultUnit, boolean technology) {
    Set<String> allowed = new HashSet<>(FIGURE);
    allowed.addAll(Set.of("set-by", "description", "comparison"));
    if (technology) {
      allowed.add("metric");
    }
    f.allowOnly(allowed);
    return new Target(
        f.text("id"),
        f.text("set-by"),
        f.text("description"),
        f.keyword("comparison", Comparison.class, null),
        figure(f, defaultUnit),
        technology ? f.text("metric") : null);
  }

  private static Claim claim(Fields f) {
    f.allowOnly(
        Set.of(
            "id",
            "country",
            "speaker",
            "date",
            "statement",
            "source",
            "quote",
            "check",
            "evidence",
            "measures"));
    String source = f.optionalText("source");
    Citation citation = source == null ? null : new Citation(source, f.optionalText("quote"));
    Check check = null;
    Fields c = f.mapping("check");
    if (c != null) {
      c.allowOnly(Set.of("subject", "comparison", "value", "by"));
      check =
          new Check(
              c.text("subject"),
              c.keyword("comparison", Comparison.class, null),
              c.number("value"),
              c.date("by"));
    }
    return new Claim(
        f.text("id"),
        f.text("country"),
        new Attribution(f.text("speaker"), f.optionalDate("date"), citation),
        f.text("statement"),
        check,
        new EvidenceLinks(f.texts("evidence"), f.texts("measures")));
  }

  private static VendorReplacement replacement(Fields f) {
    f.allowOnly(
        Set.of("category", "foreign-vendors", "domestic-vendors", "products", "source", "quote"));
    String source = f.optionalText("source");
    return new VendorReplacement(
        f.text("category"),
        f.texts("foreign-vendors"),
        new ArrayList<>(f.texts("domestic-vendors")),
        f.integer("products"),
        source == null ? null : new Citation(source, f.optionalText("quote")));
  }
}
