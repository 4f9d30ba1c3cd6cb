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
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.techsov.core.bom.Bom;
import org.techsov.core.embargo.BlockedNode;
import org.techsov.core.embargo.BomSupplyGraph;
import org.techsov.core.embargo.EmbargoAnalysis;
import org.techsov.core.embargo.EmbargoReport;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.reference.CountryCode;
import org.techsov.ingest.bom.LocalisationSources;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * Embargo what-if over the supplier graph of every shipped example bill: cut off a bloc (members as
 * of the date) and further countries, and see which products stop, the value at risk, the parts
 * without a substitute, and how the same cut and a wider one (adding China) play out over time.
 */
final class EmbargoRoutes implements ApiRoutes {
  static final String PATH = "/api/embargo";
  static final List<LocalDate> TIMELINE =
      List.of(
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 3, 1),
          LocalDate.of(2026, 7, 1),
          LocalDate.of(2026, 9, 1),
          LocalDate.of(2027, 1, 1),
          LocalDate.of(2027, 7, 1));
  private final Services s;
  private volatile EmbargoAnalysis analysis;

  EmbargoRoutes(Services s) {
    this.s = s;
  }

  /**
   * A blocked product or part.
   *
   * @param label {@code bill/part}
   * @param value its value as the embargo analysis counts it (see {@code BlockedNode})
   * @param causes why it is blocked, in words
   */
  record Blocked(String label, double value, List<String> causes) {}

  /**
   * A scenario's outcome at one date.
   *
   * @param date the date
   * @param blockedProducts end products that stop
   * @param valueAtRisk value of the blocked products
   */
  record AtDate(LocalDate date, int blockedProducts, double valueAtRisk) {}

  /**
   * The outcome of a cut.
   *
   * @param scenario its name
   * @param date the date it is evaluated at
   * @param countries the countries cut off
   * @param totalValue value of every end product
   * @param valueAtRisk value of the blocked end products
   * @param shareAtRisk their share, 0-1
   * @param blockedProducts the end products that stop
   * @param partsWithoutSubstitute the parts that stop them and have no usable substitute
   * @param timeline the cut over time
   * @param widerTimeline the cut with China added, over time
   * @param reproduce the API addresses giving the same figures
   */
  record Outcome(
      String scenario,
      LocalDate date,
      List<String> countries,
      double totalValue,
      double valueAtRisk,
      double shareAtRisk,
      List<Blocked> blockedProducts,
      List<Blocked> partsWithoutSubstitute,
      List<AtDate> timeline,
      List<AtDate> widerTimeline,
      DependencyResult.Reproduce reproduce) {}

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::embargo);
  }

  private EmbargoAnalysis analysis() {
    if (analysis == null) {
      List<Bom> boms = new ArrayList<>();
      LocalisationSources.BUILT_IN_EXAMPLES.forEach(n -> boms.add(LocalisationSources.bom(n)));
      analysis =
          new EmbargoAnalysis(BomSupplyGraph.of(boms, LocalisationSources.defaultCurrencies()));
    }
    return analysis;
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "embargo",
      summary = "Embargo what-if over the shipped example bills: blocked products, value at risk",
      queryParams = {
        @OpenApiParam(
            name = "bloc",
            description = "Blocs cut off, members as of the date (default COALITION)"),
        @OpenApiParam(
            name = "country",
            description = "Further countries cut off, ISO alpha-3 (default TWN)"),
        @OpenApiParam(name = "date", description = "Date evaluated at (default 2026-03-01)"),
        @OpenApiParam(name = "format", description = "json (default) or csv (blocked items)")
      },
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Outcome.class)))
  void embargo(Context ctx) {
    Params p = new Params(ctx).allowOnly(Set.of("bloc", "country", "date", "format"));
    String format = p.choice("format", List.of("json", "csv"), "json");
    LocalDate date = p.date("date").orElse(LocalDate.of(2026, 3, 1));
    List<String> blocs = none(p.list("bloc", 10));
    List<String> extra = none(p.list("country", 50));
    Set<CountryCode> cut = new TreeSet<>();
    List<String> blocIds = new ArrayList<>();
    for (String b :
        blocs.isEmpty() && !ctx.queryParamMap().containsKey("bloc")
            ? List.of("COALITION")
            : blocs) {
      var bloc = s.reference().bloc(b.toUpperCase(Locale.ROOT));
      blocIds.add(bloc.id());
      cut.addAll(bloc.membersOn(date));
    }
    List<String> countries = new ArrayList<>();
    for (String c :
        extra.isEmpty() && !ctx.queryParamMap().containsKey("country") ? List.of("TWN") : extra) {
      CountryCode code = s.reference().countries().require(CountryCode.of(c)).code();
      countries.add(code.alpha3());
      cut.add(code);
    }
    String name =
        String.join("+", blocIds) + (countries.isEmpty() ? "" : "+" + String.join("+", countries));
    String api =
        PATH
            + "?bloc="
            + (blocIds.isEmpty() ? "none" : String.join(",", blocIds))
            + "&country="
            + (countries.isEmpty() ? "none" : String.join(",", countries))
            + "&date="
            + date;
    s.cache()
        .answer(
            ctx,
            s.reference().version(),
            api + "|" + format,
            () ->
                render(
                    name.isEmpty() ? "nothing" : name,
                    cut,
                    date,
                    format,
                    api,
                    cli(blocIds, countries, date)));
  }

  private Rendered render(
      String name, Set<CountryCode> cut, LocalDate date, String format, String api, String cli) {
    EmbargoAnalysis a = analysis();
    EmbargoScenario scenario = EmbargoScenario.countries(name, cut);
    EmbargoReport r = a.run(scenario, date);
    List<Blocked> products = blocked(a, r.blockedProducts());
    List<Blocked> parts = blocked(a, r.partsWithoutSubstitute());
    if (format.equals("csv")) {
      StringBuilder b = new StringBuilder("kind,label,value,causes\n");
      products.forEach(x -> b.append("blocked product,").append(line(x)));
      parts.forEach(x -> b.append("part without substitute,").append(line(x)));
      return new Rendered("text/csv; charset=utf-8", b.toString().getBytes(StandardCharsets.UTF_8));
    }
    Set<CountryCode> wider = new TreeSet<>(cut);
    wider.add(CountryCode.of("CHN"));
    Outcome out =
        new Outcome(
            name,
            date,
            cut.stream().map(CountryCode::alpha3).toList(),
            r.totalValue(),
            r.valueAtRisk(),
            r.shareAtRisk(),
            products,
            parts,
            timeline(a, scenario),
            timeline(a, EmbargoScenario.countries(name + "+CHN", wider)),
            new DependencyResult.Reproduce(cli, api, api + "&format=csv"));
    return new Rendered("application/json", Json.bytes(out));
  }

  /** The command giving the same cut (without the comparison with China). */
  private static String cli(List<String> blocs, List<String> countries, LocalDate date) {
    List<String> cut = new ArrayList<>(blocs);
    cut.addAll(countries);
    return "techsov embargo --examples"
        + (cut.isEmpty() ? "" : " --cut " + String.join(",", cut))
        + " --as-of "
        + date
        + " --format csv";
  }

  /** {@code none} stands for an empty list, so that a cut of no bloc can be asked for. */
  private static List<String> none(List<String> values) {
    return values.size() == 1 && values.get(0).equalsIgnoreCase("none") ? List.of() : values;
  }

  private static List<AtDate> timeline(EmbargoAnalysis a, EmbargoScenario scenario) {
    List<AtDate> out = new ArrayList<>();
    for (LocalDate d : TIMELINE) {
      EmbargoReport r = a.run(scenario, d);
      out.add(new AtDate(d, r.blockedProductCount(), r.valueAtRisk()));
    }
    return out;
  }

  private static List<Blocked> blocked(EmbargoAnalysis a, List<BlockedNode> nodes) {
    return nodes.stream()
        .map(
            n ->
                new Blocked(
                    n.label(),
                    n.value(),
                    n.causes().stream().map(c -> a.graph().describe(c)).toList()))
        .toList();
  }

  private static String line(Blocked x) {
    String causes = String.join("; ", x.causes()).replace("\"", "\"\"");
    return x.label() + "," + x.value() + ",\"" + causes + "\"\n";
  }
}
