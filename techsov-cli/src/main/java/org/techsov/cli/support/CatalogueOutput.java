package org.techsov.cli.support;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Series;
import org.techsov.core.programme.Source;
import org.techsov.core.programme.Target;
import org.techsov.core.programme.Technology;
import org.techsov.core.reference.HsCode;

/** Text rendering of catalogue items: the lists and a programme with every figure's source. */
public final class CatalogueOutput {
  private CatalogueOutput() {}

  public static void programmes(PrintWriter out, List<Programme> programmes) {
    TextTable t =
        new TextTable(
            "id",
            "country",
            "substitutes <- incumbents",
            "series",
            "observations",
            "targets",
            "name");
    for (Programme p : programmes) {
      t.row(
          p.id(),
          p.country(),
          String.join(", ", p.substitution().substitutes())
              + " <- "
              + String.join(", ", p.substitution().incumbents()),
          p.series().size(),
          p.series().stream().mapToInt(s -> s.observations().size()).sum(),
          p.series().stream().mapToInt(s -> s.targets().size()).sum(),
          p.name());
    }
    t.print(out);
  }

  public static void technologies(PrintWriter out, List<Technology> technologies) {
    TextTable t = new TextTable("id", "country", "area", "HS codes", "metrics", "targets", "name");
    for (Technology x : technologies) {
      t.row(
          x.id(),
          x.country(),
          x.area().id(),
          x.area().codes().stream().map(HsCode::code).collect(Collectors.joining(" ")),
          x.metrics().size(),
          x.targets().size(),
          x.name());
    }
    t.print(out);
  }

  public static void claims(PrintWriter out, List<Claim> claims) {
    TextTable t = new TextTable("id", "country", "said", "speaker", "check", "statement");
    for (Claim c : claims) {
      t.row(
          c.id(),
          c.country(),
          c.said().on() == null ? "" : c.said().on().toString(),
          c.said().speaker(),
          c.check() == null
              ? "-"
              : c.check().subject()
                  + " "
                  + c.check().comparison().symbol()
                  + " "
                  + Formats.number(c.check().level()),
          c.statement());
    }
    t.print(out);
  }

  /** A programme: its series, every observation and target with its source, then the sources. */
  public static void programme(PrintWriter out, Programme p, List<Source> sources) {
    out.println(p.id() + ": " + p.name() + " (" + p.country() + ")");
    out.println(
        "  replaces "
            + String.join(", ", p.substitution().incumbents())
            + " with "
            + String.join(", ", p.substitution().substitutes()));
    if (p.note() != null) {
      out.println("  note: " + p.note());
    }
    Set<String> cited = new LinkedHashSet<>();
    boolean first = true;
    for (Series s : p.series()) {
      out.println();
      out.println(
          "series "
              + s.id()
              + (first ? " (headline)" : "")
              + ": "
              + s.measure().subject()
              + ", "
              + s.measure().description()
              + " ["
              + s.measure().unit()
              + ", "
              + s.measure().shape().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
              + (s.launch() == null ? "" : ", launched " + s.launch())
              + "]");
      first = false;
      if (s.marketBound() != null) {
        out.println("  market bound: " + figure(s.marketBound(), cited));
      }
      out.println("  observations (" + s.observations().size() + "):");
      for (Figure f : s.observations()) {
        out.println("  - " + f.asOf() + "  " + figure(f, cited));
      }
      if (!s.targets().isEmpty()) {
        out.println("  targets:");
        for (Target t : s.targets()) {
          out.println(
              "  - "
                  + t.id()
                  + ": "
                  + t.comparison().symbol()
                  + " "
                  + t.figure().quantity()
                  + " by "
                  + t.deadline()
                  + ", set by "
                  + t.setBy()
                  + " ("
                  + t.description()
                  + ")");
          out.println("    " + citation(t.figure(), cited));
        }
      }
    }
    out.println();
    out.println("sources:");
    for (String id : cited) {
      sources.stream()
          .filter(s -> s.id().equals(id))
          .findFirst()
          .ifPresent(
              s ->
                  out.println(
                      "  "
                          + s.id()
                          + ": "
                          + s.title()
                          + ", "
                          + s.publisher()
                          + (s.date() == null ? "" : ", " + s.date())
                          + ", "
                          + s.location()));
    }
    out.flush();
  }

  private static String figure(Figure f, Set<String> cited) {
    return f.quantity()
        + (f.note() == null ? "" : " (" + f.note() + ")")
        + "  "
        + citation(f, cited);
  }

  private static String citation(Figure f, Set<String> cited) {
    cited.add(f.citation().source());
    return "[" + f.citation().source() + "] \"" + f.citation().quote() + "\"";
  }
}
