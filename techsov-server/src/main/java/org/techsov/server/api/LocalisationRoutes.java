package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomItem;
import org.techsov.core.localisation.Explanation;
import org.techsov.core.localisation.LocalisationResult;
import org.techsov.core.localisation.LocalisationScorer;
import org.techsov.core.localisation.RuleSet;
import org.techsov.core.localisation.RuleSetVersion;
import org.techsov.core.localisation.ScoringOptions;
import org.techsov.core.reference.CountryCode;
import org.techsov.ingest.bom.LocalisationSources;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * Localisation scoring of the shipped example bills of materials under the shipped rule sets: the
 * bill as a tree with each part's origin, the score, and every point awarded or refused. Only the
 * built-in names are accepted: the server reads no bill or rule file named by a client.
 */
final class LocalisationRoutes implements ApiRoutes {
  static final String PATH = "/api/localisation";
  private static final int MAX_DEPTH = 30;
  private final Services s;

  LocalisationRoutes(Services s) {
    this.s = s;
  }

  /**
   * A named built-in.
   *
   * @param id its name
   * @param title what it is
   */
  record Named(String id, String title) {}

  /**
   * The built-in bills and rule sets.
   *
   * @param bills example bills of materials
   * @param ruleSets rule sets
   */
  record Catalogue(List<Named> bills, List<Named> ruleSets) {}

  /**
   * A part in the bill's tree.
   *
   * @param name part number
   * @param description what it is
   * @param origin country of origin
   * @param domestic whether the origin is in the rule set's territory
   * @param value unit value in the bill's currency
   * @param quantity quantity per parent
   * @param operations operations with their countries, e.g. {@code design RUS}
   * @param children its parts
   */
  record Node(
      String name,
      String description,
      String origin,
      boolean domestic,
      double value,
      double quantity,
      List<String> operations,
      List<Node> children) {}

  /**
   * A line of the explanation.
   *
   * @param kind what it reports
   * @param subject operation, part, condition or level
   * @param amount points, value or score
   * @param reason why
   */
  record Line(String kind, String subject, double amount, String reason) {}

  /**
   * A bill scored under a rule set.
   *
   * @param bom the bill's id
   * @param name the bill's name
   * @param ruleSet the rule set's id
   * @param ruleTitle its title
   * @param date the date scored at
   * @param score points or percent
   * @param unit {@code points} or {@code percent}
   * @param threshold the pass mark, absent when passing means reaching a level
   * @param level the highest level reached, absent when none
   * @param passed whether it passes
   * @param stampOnTheBox only superficial operations are done in the territory
   * @param illustrative the rule set uses made-up figures
   * @param currency currency of amounts
   * @param territory the countries counted as domestic
   * @param tree the bill as a tree
   * @param explanation every point awarded or refused
   * @param reproduce the API addresses giving the same figures
   */
  record Scored(
      String bom,
      String name,
      String ruleSet,
      String ruleTitle,
      LocalDate date,
      double score,
      String unit,
      Double threshold,
      String level,
      boolean passed,
      boolean stampOnTheBox,
      boolean illustrative,
      String currency,
      List<String> territory,
      Node tree,
      List<Line> explanation,
      DependencyResult.Reproduce reproduce) {}

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::catalogue);
    app.get(PATH + "/score", this::score);
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "localisation",
      summary = "The shipped example bills of materials and localisation rule sets",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = Catalogue.class)))
  void catalogue(Context ctx) {
    new Params(ctx).allowOnly(Set.of());
    s.cache()
        .answer(
            ctx,
            "localisation:built-in",
            PATH,
            () -> {
              List<Named> bills = new ArrayList<>();
              for (String id : LocalisationSources.BUILT_IN_EXAMPLES) {
                bills.add(new Named(id, LocalisationSources.bom(id).header().name()));
              }
              List<Named> rules = new ArrayList<>();
              for (String id : LocalisationSources.BUILT_IN_RULE_SETS) {
                rules.add(new Named(id, LocalisationSources.ruleSet(id).title()));
              }
              return new Rendered("application/json", Json.bytes(new Catalogue(bills, rules)));
            });
  }

  @OpenApi(
      path = PATH + "/score",
      methods = HttpMethod.GET,
      tags = "localisation",
      summary =
          "Score a shipped bill under a shipped rule set, with the bill's tree and the explanation",
      queryParams = {
        @OpenApiParam(
            name = "bom",
            required = true,
            description = "Example bill, e.g. microcontroller"),
        @OpenApiParam(
            name = "rules",
            required = true,
            description = "Rule set, e.g. ru-719-microchips"),
        @OpenApiParam(name = "date", description = "Date scored at (default 2026-01-01)"),
        @OpenApiParam(name = "format", description = "json (default) or csv (the explanation)")
      },
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Scored.class)))
  void score(Context ctx) {
    Params p = new Params(ctx).allowOnly(Set.of("bom", "rules", "date", "format"));
    String format = p.choice("format", List.of("json", "csv"), "json");
    String bom =
        p.choice(
            "bom",
            LocalisationSources.BUILT_IN_EXAMPLES,
            LocalisationSources.BUILT_IN_EXAMPLES.get(0));
    String rules =
        p.choice(
            "rules",
            LocalisationSources.BUILT_IN_RULE_SETS,
            LocalisationSources.BUILT_IN_RULE_SETS.get(0));
    LocalDate date = p.date("date").orElse(LocalDate.of(2026, 1, 1));
    s.cache()
        .answer(
            ctx,
            "localisation:built-in",
            PATH + "/score|" + bom + "|" + rules + "|" + date + "|" + format,
            () -> render(bom, rules, date, format));
  }

  private Rendered render(String bomId, String rulesId, LocalDate date, String format) {
    Bom bom = LocalisationSources.bom(bomId);
    RuleSet rules = LocalisationSources.ruleSet(rulesId);
    RuleSetVersion version = rules.versionAt(date);
    LocalisationResult r =
        LocalisationScorer.score(
            bom, rules, date, new ScoringOptions(LocalisationSources.defaultCurrencies(), true));
    List<Line> lines =
        r.explanation().stream()
            .map((Explanation e) -> new Line(e.kind().name(), e.subject(), e.amount(), e.reason()))
            .toList();
    if (format.equals("csv")) {
      StringBuilder b = new StringBuilder("kind,subject,amount,reason\n");
      for (Line l : lines) {
        b.append(csv(l.kind()))
            .append(',')
            .append(csv(l.subject()))
            .append(',')
            .append(l.amount())
            .append(',')
            .append(csv(l.reason()))
            .append('\n');
      }
      return new Rendered("text/csv; charset=utf-8", b.toString().getBytes(StandardCharsets.UTF_8));
    }
    String api = PATH + "/score?bom=" + bomId + "&rules=" + rulesId + "&date=" + date;
    Scored out =
        new Scored(
            bomId,
            bom.header().name(),
            rulesId,
            rules.title(),
            date,
            r.score(),
            r.unit(),
            r.threshold().isPresent() ? r.threshold().getAsDouble() : null,
            r.level(),
            r.passed(),
            r.stampOnTheBox(),
            r.illustrative(),
            r.currency(),
            version.territory().stream().map(CountryCode::alpha3).sorted().toList(),
            node(bom, version.territory(), bom.root(), 1, 0),
            lines,
            new DependencyResult.Reproduce(
                "techsov localisation score "
                    + bomId
                    + " --rules "
                    + rulesId
                    + " --date "
                    + date
                    + " --explain --format csv",
                api,
                api + "&format=csv"));
    return new Rendered("application/json", Json.bytes(out));
  }

  private static Node node(Bom bom, Set<CountryCode> territory, int i, double quantity, int depth) {
    BomItem item = bom.item(i);
    List<Node> children = new ArrayList<>();
    if (depth < MAX_DEPTH) {
      for (int slot = bom.childStart(i); slot < bom.childEnd(i); slot++) {
        children.add(node(bom, territory, bom.child(slot), bom.quantity(slot), depth + 1));
      }
    }
    return new Node(
        item.partNumber(),
        item.description(),
        item.origin() == null ? "" : item.origin().alpha3(),
        item.origin() != null && territory.contains(item.origin()),
        item.unitValue(),
        quantity,
        item.operations().stream()
            .map(o -> o.type() + " " + (o.country() == null ? "" : o.country().alpha3()))
            .toList(),
        children);
  }

  private static String csv(String text) {
    String t = text == null ? "" : text;
    return t.contains(",") || t.contains("\"") || t.contains("\n")
        ? "\"" + t.replace("\"", "\"\"") + "\""
        : t;
  }
}
