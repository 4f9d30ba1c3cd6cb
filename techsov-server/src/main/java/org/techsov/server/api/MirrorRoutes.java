package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.techsov.core.circumvention.MirrorGap;
import org.techsov.core.circumvention.MirrorQuery;
import org.techsov.core.circumvention.MirrorResult;
import org.techsov.core.circumvention.MirrorRow;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.engine.circumvention.MirrorEngine;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.Problem;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * Mirror gaps ("ghost trade"), as {@code techsov mirror} computes them: what the exporters report
 * shipping to each partner against what the partner reports receiving, before and after the
 * sanction month.
 */
final class MirrorRoutes implements ApiRoutes {
  static final String PATH = "/api/mirror";
  static final Set<String> NAMES =
      Set.of(
          "exporters",
          "partners",
          "since",
          "until",
          "goods",
          "level",
          "cifFob",
          "z",
          "top",
          "format");
  private final Services s;

  MirrorRoutes(Services s) {
    this.s = s;
  }

  /**
   * A partner's mirror comparison; see {@link MirrorGap}. Shares are of the exporters' reports.
   *
   * @param partner the partner that should report the imports
   * @param goods the product group
   * @param exportsBeforeUsdPerMonth exports reported before the sanction, per month
   * @param exportsAfterUsdPerMonth after
   * @param importsBeforeUsdPerMonth the partner's imports reported before (CIF)
   * @param importsAfterUsdPerMonth after
   * @param preMonths months before with exports
   * @param gapShareBeforeMean mean monthly gap share before
   * @param gapShareBeforeSd its standard deviation
   * @param gapShareAfter the gap share of the months after
   * @param z standard deviations above the mean before
   * @param ghostShareOfIncrease the part of the rise in exports that does not arrive
   * @param ghostTrade flagged as ghost trade
   */
  record Row(
      String partner,
      String goods,
      Double exportsBeforeUsdPerMonth,
      Double exportsAfterUsdPerMonth,
      Double importsBeforeUsdPerMonth,
      Double importsAfterUsdPerMonth,
      int preMonths,
      Double gapShareBeforeMean,
      Double gapShareBeforeSd,
      Double gapShareAfter,
      Double z,
      Double ghostShareOfIncrease,
      boolean ghostTrade) {}

  /**
   * The comparison.
   *
   * @param exporters the exporters, a bloc or countries
   * @param sanctionMonth the sanction month
   * @param goods the goods compared
   * @param cifFob the factor dividing reported imports
   * @param ghostTrade rows flagged in all
   * @param total rows in all
   * @param notes what the reader should know
   * @param rows ghost trade first, at most {@code top}
   * @param reproduce the command and addresses that give the same rows
   */
  record Comparison(
      String exporters,
      String sanctionMonth,
      String goods,
      double cifFob,
      int ghostTrade,
      int total,
      List<String> notes,
      List<Row> rows,
      DependencyResult.Reproduce reproduce) {}

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::mirror);
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "circumvention",
      summary = "Mirror gaps: exporters' reports against partners' reports (ghost trade)",
      description =
          "The gap between what the exporters report shipping to each partner and what the"
              + " partner reports receiving (imports divided by the CIF/FOB factor), as a share of"
              + " exports, before and after the sanction month; a gap after it more than z"
              + " standard deviations above the monthly gaps before is ghost trade. The same"
              + " figures as 'techsov mirror'. Needs both sides' monthly reports.",
      queryParams = {
        @OpenApiParam(
            name = "exporters",
            required = true,
            description = "A bloc (e.g. EU27) or countries, ISO3"),
        @OpenApiParam(name = "partners", description = "ISO3 codes or blocs (default: all others)"),
        @OpenApiParam(name = "since", required = true, description = "Sanction month, YYYY-MM"),
        @OpenApiParam(name = "until", description = "Last month compared"),
        @OpenApiParam(name = "goods", description = "Goods lists or HS codes (default: all)"),
        @OpenApiParam(name = "level", description = "list (default), tier, hs2, hs4 or hs6"),
        @OpenApiParam(name = "cifFob", type = Double.class, description = "1-2 (1.10)"),
        @OpenApiParam(name = "z", type = Double.class, description = "0-100 (3)"),
        @OpenApiParam(name = "top", type = Integer.class, description = "0-1000, 0 for all (20)"),
        @OpenApiParam(name = "format", description = "json (default) or csv")
      },
      responses = {
        @OpenApiResponse(
            status = "200",
            content = {
              @OpenApiContent(from = Comparison.class),
              @OpenApiContent(type = "text/csv")
            }),
        @OpenApiResponse(
            status = "400",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json")),
        @OpenApiResponse(
            status = "404",
            description = "No partner reports imports",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void mirror(Context ctx) {
    Params p = new Params(ctx).allowOnly(NAMES);
    String format = p.choice("format", List.of("json", "csv"), "json");
    Reproduction how = new Reproduction("techsov mirror");
    MirrorQuery q = query(p, s.reference(), how);
    int top = p.integer("top", 0, 1000).orElse(20);
    how.put("top", "top", Integer.toString(top));
    s.cache()
        .answer(
            ctx,
            s.store().fingerprint(),
            how.key(PATH) + "|" + format,
            () -> {
              MirrorResult r = s.store().read(c -> new MirrorEngine(c).run(q));
              List<MirrorRow> rows = top <= 0 ? r.rows() : r.rows().stream().limit(top).toList();
              if (format.equals("csv")) {
                return CircumventionCsv.mirror(rows);
              }
              return new Rendered(
                  "application/json",
                  Json.bytes(
                      new Comparison(
                          q.exporterLabel(),
                          Months.format(q.sanctionMonth()),
                          r.goods(),
                          q.cifFob(),
                          (int) r.rows().stream().filter(MirrorRow::ghostTrade).count(),
                          r.rows().size(),
                          r.notes(),
                          rows.stream().map(MirrorRoutes::row).toList(),
                          how.reproduce(PATH, "--format csv"))));
            });
  }

  private static MirrorQuery query(Params p, ReferenceData ref, Reproduction how) {
    List<String> exporters = p.list("exporters", 50);
    if (exporters.isEmpty()) {
      throw CircumventionParams.missing("exporters");
    }
    int since =
        CircumventionParams.month(p, "since")
            .orElseThrow(() -> CircumventionParams.missing("since"));
    OptionalInt until = CircumventionParams.month(p, "until");
    LocalDate date = LocalDate.of(Months.year(since + 1), Months.month(since + 1), 1);
    String bloc = "";
    List<CountryCode> countries = new ArrayList<>();
    if (exporters.size() == 1 && isBloc(ref, exporters.get(0))) {
      bloc = ref.bloc(exporters.get(0)).id();
    } else {
      exporters.forEach(e -> countries.add(CircumventionParams.country(ref, "exporters", e)));
    }
    List<String> partnerNames = p.list("partners", 50);
    List<CountryCode> partners = CircumventionParams.hubs(ref, partnerNames, date);
    List<String> goods = CircumventionParams.goods(p, "goods");
    String level = p.choice("level", List.of("list", "tier", "hs2", "hs4", "hs6"), "list");
    double cifFob = p.decimal("cifFob", 1, 2, MirrorGap.DEFAULT_CIF_FOB);
    double z = p.decimal("z", 0, 100, 3);
    how.put(
        "exporters",
        "exporters",
        bloc.isEmpty()
            ? String.join(",", countries.stream().map(CountryCode::alpha3).toList())
            : bloc);
    if (!partnerNames.isEmpty()) {
      how.put("partners", "partners", String.join(",", partnerNames).toUpperCase(Locale.ROOT));
    }
    how.put("since", "since", Months.format(since));
    until.ifPresent(u -> how.put("until", "until", Months.format(u)));
    if (!goods.isEmpty()) {
      how.put("goods", "goods", String.join(",", goods));
    }
    how.put("level", "level", level);
    if (cifFob != MirrorGap.DEFAULT_CIF_FOB) {
      how.put("cifFob", "cif-fob", Double.toString(cifFob));
    }
    if (z != 3) {
      how.put("z", "z", Double.toString(z));
    }
    try {
      return new MirrorQuery(
          bloc, countries, date, partners, since, until, goods, RouteLevel.parse(level), cifFob, z);
    } catch (IllegalArgumentException e) {
      throw TechsovException.invalidArgument(e.getMessage());
    }
  }

  private static boolean isBloc(ReferenceData ref, String id) {
    return ref.blocs().keySet().stream().anyMatch(b -> b.equalsIgnoreCase(id));
  }

  private static Row row(MirrorRow x) {
    MirrorGap g = x.gap();
    return new Row(
        x.partner().alpha3(),
        x.group(),
        RouteResult.finite(g.exports().basePerMonth()),
        RouteResult.finite(g.exports().postPerMonth()),
        RouteResult.finite(g.imports().basePerMonth()),
        RouteResult.finite(g.imports().postPerMonth()),
        g.preMonths(),
        RouteResult.finite(g.preMean()),
        RouteResult.finite(g.preSd()),
        RouteResult.finite(g.postShare()),
        RouteResult.finite(g.z()),
        RouteResult.finite(g.ghostShareOfIncrease()),
        x.ghostTrade());
  }
}
