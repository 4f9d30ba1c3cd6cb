package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.techsov.core.circumvention.CircumventionResult;
import org.techsov.core.circumvention.Route;
import org.techsov.core.circumvention.RouteSeries;
import org.techsov.core.circumvention.Sankey;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.circumvention.CircumventionEngine;
import org.techsov.server.http.Json;
import org.techsov.server.http.Memo;
import org.techsov.server.http.Params;
import org.techsov.server.http.Problem;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * Parallel imports, as {@code techsov circumvention} finds them: the ranked routes by which listed
 * goods reach a target through third countries after a sanction month, their Sankey data, and one
 * route's monthly series. The ranking and the Sankey diagram read the same analysis, computed once
 * per store state and query.
 */
final class CircumventionRoutes implements ApiRoutes {
  static final String PATH = "/api/circumvention";
  static final String SANKEY = PATH + "/sankey";
  static final String SERIES = PATH + "/series";
  static final Set<String> SERIES_PARAMS =
      Set.of(
          "target",
          "bloc",
          "since",
          "until",
          "goods",
          "notControls",
          "baseline",
          "level",
          "blocDate",
          "cifFob",
          "hub",
          "group",
          "format");

  private final Services s;
  private final Memo<CircumventionResult> results = new Memo<>(16);

  CircumventionRoutes(Services s) {
    this.s = s;
  }

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::routes);
    app.get(SANKEY, this::sankey);
    app.get(SERIES, this::series);
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "circumvention",
      summary = "Routes by which listed goods reach a sanctioned country through third countries",
      description =
          "For a target, a sanctioning bloc and the sanction month: every hub and product group"
              + " whose imports from the bloc surged after the sanction, ranked (significant, then"
              + " flagged, then by increase), with the difference-in-differences against unlisted"
              + " goods of the same chapters, its bootstrap interval, p- and q-values, the hub's"
              + " exports to the target and their co-movement, and the collapse of the bloc's"
              + " direct exports; the same figures as 'techsov circumvention'. Reads monthly"
              + " reported flows. Values in US dollars per month.",
      queryParams = {
        @OpenApiParam(name = "target", required = true, description = "Sanctioned country, ISO3"),
        @OpenApiParam(name = "bloc", required = true, description = "Sanctioning bloc, e.g. EU27"),
        @OpenApiParam(name = "since", required = true, description = "Sanction month, YYYY-MM"),
        @OpenApiParam(name = "until", description = "Last month compared (default: last covered)"),
        @OpenApiParam(
            name = "goods",
            description = "Goods lists or HS codes (default chpl), e.g. chpl, eu-restricted, 8542"),
        @OpenApiParam(name = "notControls", description = "Goods lists never used as controls"),
        @OpenApiParam(
            name = "baseline",
            description =
                "previous-year (default), 2021, 2017-2019, sep2021-feb2022, 2021-09:2022-02 or"
                    + " pre-war-median"),
        @OpenApiParam(name = "level", description = "hs6, hs4 (default), hs2, tier or list"),
        @OpenApiParam(name = "hubs", description = "Candidate hubs: ISO3 codes or blocs (HUBS)"),
        @OpenApiParam(
            name = "blocDate",
            description = "Date of bloc membership (default: the day after the sanction month)"),
        @OpenApiParam(name = "minRatio", type = Double.class, description = "Flag from (2)"),
        @OpenApiParam(name = "minIncrease", type = Double.class, description = "USD/month (25000)"),
        @OpenApiParam(name = "alpha", type = Double.class, description = "FDR, up to 0.5 (0.05)"),
        @OpenApiParam(name = "permutations", type = Integer.class, description = "19-9999 (9999)"),
        @OpenApiParam(name = "bootstrap", type = Integer.class, description = "19-999 (199)"),
        @OpenApiParam(name = "maxLag", type = Integer.class, description = "0-12 months (3)"),
        @OpenApiParam(name = "cifFob", type = Double.class, description = "1-2 (1.10)"),
        @OpenApiParam(name = "seed", type = Integer.class, description = "Random seed (42)"),
        @OpenApiParam(
            name = "top",
            type = Integer.class,
            description = "Routes returned, 0-1000, 0 for all (20)"),
        @OpenApiParam(name = "format", description = "json (default) or csv")
      },
      responses = {
        @OpenApiResponse(
            status = "200",
            content = {
              @OpenApiContent(from = RouteResult.class),
              @OpenApiContent(type = "text/csv")
            }),
        @OpenApiResponse(status = "304", description = "Not modified"),
        @OpenApiResponse(
            status = "400",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json")),
        @OpenApiResponse(
            status = "404",
            description = "No monthly flows of the bloc, or none comparable with the baseline",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void routes(Context ctx) {
    Params p = new Params(ctx).allowOnly(with(CircumventionParams.QUERY, "top", "format"));
    String format = p.choice("format", List.of("json", "csv"), "json");
    int top = p.integer("top", 0, 1000).orElse(20);
    CircumventionParams.Request r = CircumventionParams.parse(p, s.reference());
    String analysis = r.how().key(PATH);
    Reproduction how = r.how().put("top", "top", Integer.toString(top));
    s.cache()
        .answer(
            ctx,
            s.store().fingerprint(),
            how.key(PATH) + "|" + format,
            () -> {
              CircumventionResult res = analysis(analysis, r);
              List<Route> shown = shown(res, top);
              if (format.equals("csv")) {
                return CircumventionCsv.routes(shown);
              }
              return new Rendered(
                  "application/json",
                  Json.bytes(RouteResult.of(res, shown, how.reproduce(PATH, "--format csv"))));
            });
  }

  @OpenApi(
      path = SANKEY,
      methods = HttpMethod.GET,
      tags = "circumvention",
      summary = "Sankey data of the routes: origin bloc, hubs, target, weighted by value",
      description =
          "The nodes and links of the significant routes (or, without any, of the best-ranked"
              + " top routes) with the value over the months after the sanction, in US dollars,"
              + " and the bloc's direct exports to the target; the data 'techsov circumvention"
              + " --sankey FILE' writes. Takes the parameters of /api/circumvention, thresholds"
              + " and sampling included.",
      queryParams = {
        @OpenApiParam(name = "target", required = true, description = "Sanctioned country, ISO3"),
        @OpenApiParam(name = "bloc", required = true, description = "Sanctioning bloc"),
        @OpenApiParam(name = "since", required = true, description = "Sanction month, YYYY-MM"),
        @OpenApiParam(name = "until", description = "Last month compared (default: last covered)"),
        @OpenApiParam(name = "goods", description = "Goods lists or HS codes (default chpl)"),
        @OpenApiParam(name = "notControls", description = "Goods lists never used as controls"),
        @OpenApiParam(name = "baseline", description = "As for /api/circumvention"),
        @OpenApiParam(name = "level", description = "hs6, hs4 (default), hs2, tier or list"),
        @OpenApiParam(name = "hubs", description = "Candidate hubs: ISO3 codes or blocs (HUBS)"),
        @OpenApiParam(name = "blocDate", description = "Date of bloc membership"),
        @OpenApiParam(
            name = "top",
            type = Integer.class,
            description = "Routes drawn without" + " significant ones, 0-1000 (20)"),
        @OpenApiParam(name = "format", description = "json (default) or csv (one line a link)")
      },
      responses = {
        @OpenApiResponse(
            status = "200",
            content = {
              @OpenApiContent(from = SankeyResult.class),
              @OpenApiContent(type = "text/csv")
            }),
        @OpenApiResponse(
            status = "400",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void sankey(Context ctx) {
    Params p = new Params(ctx).allowOnly(with(CircumventionParams.QUERY, "top", "format"));
    String format = p.choice("format", List.of("json", "csv"), "json");
    int top = p.integer("top", 0, 1000).orElse(20);
    CircumventionParams.Request r = CircumventionParams.parse(p, s.reference());
    String analysis = r.how().key(PATH);
    Reproduction how = r.how().put("top", "top", Integer.toString(top));
    s.cache()
        .answer(
            ctx,
            s.store().fingerprint(),
            how.key(SANKEY) + "|" + format,
            () -> {
              CircumventionResult res = analysis(analysis, r);
              boolean significant = !res.significant().isEmpty();
              List<Route> links = significant ? res.significant() : shown(res, top);
              Sankey sankey = Sankey.of(res, links);
              if (format.equals("csv")) {
                return CircumventionCsv.sankey(sankey);
              }
              return new Rendered(
                  "application/json",
                  Json.bytes(
                      SankeyResult.of(
                          sankey,
                          links.size(),
                          significant,
                          how.reproduce(SANKEY, "--sankey circumvention.sankey.json"))));
            });
  }

  @OpenApi(
      path = SERIES,
      methods = HttpMethod.GET,
      tags = "circumvention",
      summary = "One route's monthly values before and after the sanction",
      description =
          "The bloc's exports of one product group to the hub, the hub's exports to the target"
              + " (or the target's imports from it over CIF/FOB when the hub reports none) and the"
              + " bloc's direct exports to the target, every month the data cover, each month"
              + " marked baseline, sanction or after; 'techsov circumvention --series HUB:GOODS'.",
      queryParams = {
        @OpenApiParam(name = "target", required = true, description = "Sanctioned country, ISO3"),
        @OpenApiParam(name = "bloc", required = true, description = "Sanctioning bloc"),
        @OpenApiParam(name = "since", required = true, description = "Sanction month, YYYY-MM"),
        @OpenApiParam(name = "hub", required = true, description = "The hub, ISO3"),
        @OpenApiParam(
            name = "group",
            required = true,
            description = "A route's goods at the level, e.g. 'tier 2', 8542 or the list's label"),
        @OpenApiParam(name = "until", description = "Last month compared"),
        @OpenApiParam(name = "goods", description = "Goods lists or HS codes (default chpl)"),
        @OpenApiParam(name = "notControls", description = "Goods lists never used as controls"),
        @OpenApiParam(name = "baseline", description = "As for /api/circumvention"),
        @OpenApiParam(name = "level", description = "hs6, hs4 (default), hs2, tier or list"),
        @OpenApiParam(name = "blocDate", description = "Date of bloc membership"),
        @OpenApiParam(name = "cifFob", type = Double.class, description = "1-2 (1.10)"),
        @OpenApiParam(name = "format", description = "json (default) or csv")
      },
      responses = {
        @OpenApiResponse(
            status = "200",
            content = {
              @OpenApiContent(from = RouteSeriesResult.class),
              @OpenApiContent(type = "text/csv")
            }),
        @OpenApiResponse(
            status = "400",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void series(Context ctx) {
    Params p = new Params(ctx).allowOnly(SERIES_PARAMS);
    String format = p.choice("format", List.of("json", "csv"), "json");
    CountryCode hub =
        CircumventionParams.country(s.reference(), "hub", CircumventionParams.required(p, "hub"));
    String group = CircumventionParams.required(p, "group");
    CircumventionParams.Request r = CircumventionParams.parse(p, s.reference());
    Reproduction how = r.how().putApiOnly("hub", hub.alpha3()).putApiOnly("group", group);
    String route = "--series " + Reproduction.quote(hub.alpha3() + ":" + group);
    s.cache()
        .answer(
            ctx,
            s.store().fingerprint(),
            how.key(SERIES) + "|" + format,
            () -> {
              RouteSeries series =
                  s.store().read(c -> new CircumventionEngine(c).series(r.query(), hub, group));
              if (format.equals("csv")) {
                return CircumventionCsv.series(series);
              }
              return new Rendered(
                  "application/json",
                  Json.bytes(
                      RouteSeriesResult.of(series, how.reproduce(SERIES, route, "--format csv"))));
            });
  }

  private CircumventionResult analysis(String key, CircumventionParams.Request r) {
    return results.get(
        s.store().fingerprint(),
        key,
        () -> s.store().read(c -> new CircumventionEngine(c).run(r.query())));
  }

  private static List<Route> shown(CircumventionResult r, int top) {
    return top <= 0 ? r.routes() : r.routes().stream().limit(top).toList();
  }

  static Set<String> with(Set<String> names, String... more) {
    Set<String> out = new HashSet<>(names);
    out.addAll(List.of(more));
    return out;
  }
}
