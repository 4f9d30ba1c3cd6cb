package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.ProvenanceQuery;
import org.techsov.core.circumvention.ProvenanceRow;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.circumvention.ProvenanceEngine;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.Problem;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * Shipment provenance, as {@code techsov provenance} reports it: the destination's customs records
 * of the goods by period and dispatch country, with the value whose brand's owner is headquartered
 * in a bloc and the part of it made outside the bloc.
 */
final class ProvenanceRoutes implements ApiRoutes {
  static final String PATH = "/api/provenance";
  static final Set<String> NAMES =
      Set.of("target", "goods", "brandBloc", "via", "from", "to", "by", "blocDate", "format");
  private final Services s;

  ProvenanceRoutes(Services s) {
    this.s = s;
  }

  /**
   * Shipments of one period from one dispatch country; see {@link ProvenanceRow}. US dollars.
   *
   * @param period {@code YYYY-MM} or {@code YYYY}
   * @param dispatch the dispatch country, or other
   * @param shipments records
   * @param valueUsd value of all of them
   * @param blocBrandUsd value whose brand's owner is headquartered in the bloc
   * @param blocBrandMadeOutsideUsd of which made outside the bloc
   * @param unknownBrandUsd value whose brand's headquarters is unknown
   */
  record Row(
      String period,
      String dispatch,
      long shipments,
      double valueUsd,
      double blocBrandUsd,
      double blocBrandMadeOutsideUsd,
      double unknownBrandUsd) {}

  /**
   * The report.
   *
   * @param destination the importing country
   * @param bloc the bloc brands and origins are tested against
   * @param blocDate its membership date
   * @param goods the goods, empty for all
   * @param rows by period, then dispatch country
   * @param reproduce the command and addresses that give the same rows
   */
  record Report(
      String destination,
      String bloc,
      LocalDate blocDate,
      List<String> goods,
      List<Row> rows,
      DependencyResult.Reproduce reproduce) {}

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::provenance);
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "circumvention",
      summary = "Shipments by dispatch country with the value carrying a bloc's brands",
      description =
          "The destination's customs records of the goods by period and dispatch country, with"
              + " the value whose brand's owner is headquartered in the bloc and the part of it"
              + " made outside the bloc; the same figures as 'techsov provenance'.",
      queryParams = {
        @OpenApiParam(name = "target", required = true, description = "Destination, ISO3"),
        @OpenApiParam(name = "goods", description = "Goods lists or HS codes (default: all)"),
        @OpenApiParam(name = "brandBloc", description = "Bloc of the brands (COALITION)"),
        @OpenApiParam(name = "via", description = "Dispatch countries shown one by one"),
        @OpenApiParam(name = "from", description = "First month, YYYY-MM"),
        @OpenApiParam(name = "to", description = "Last month, YYYY-MM"),
        @OpenApiParam(name = "by", description = "month (default) or year"),
        @OpenApiParam(name = "blocDate", description = "Date of bloc membership (today)"),
        @OpenApiParam(name = "format", description = "json (default) or csv")
      },
      responses = {
        @OpenApiResponse(
            status = "200",
            content = {@OpenApiContent(from = Report.class), @OpenApiContent(type = "text/csv")}),
        @OpenApiResponse(
            status = "400",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json")),
        @OpenApiResponse(
            status = "404",
            description = "No shipment records of the destination",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void provenance(Context ctx) {
    Params p = new Params(ctx).allowOnly(NAMES);
    String format = p.choice("format", List.of("json", "csv"), "json");
    Reproduction how = new Reproduction("techsov provenance");
    CountryCode target =
        CircumventionParams.country(
            s.reference(), "target", CircumventionParams.required(p, "target"));
    List<String> goods = CircumventionParams.goods(p, "goods");
    String bloc = CircumventionParams.bloc(s.reference(), p.text("brandBloc").orElse("COALITION"));
    List<CountryCode> via =
        p.list("via", 50).stream()
            .map(v -> CircumventionParams.country(s.reference(), "via", v))
            .toList();
    OptionalInt from = CircumventionParams.month(p, "from");
    OptionalInt to = CircumventionParams.month(p, "to");
    String by = p.choice("by", List.of("month", "year"), "month");
    LocalDate blocDate = p.date("blocDate").orElse(LocalDate.now());
    how.put("target", "target", target.alpha3());
    if (!goods.isEmpty()) {
      how.put("goods", "goods", String.join(",", goods));
    }
    how.put("brandBloc", "brand-bloc", bloc);
    if (!via.isEmpty()) {
      how.put("via", "via", String.join(",", via.stream().map(CountryCode::alpha3).toList()));
    }
    from.ifPresent(m -> how.put("from", "from", Months.format(m)));
    to.ifPresent(m -> how.put("to", "to", Months.format(m)));
    how.put("by", "by", by).put("blocDate", "bloc-date", blocDate.toString());
    ProvenanceQuery q =
        new ProvenanceQuery(
            target, goods, bloc, blocDate, via, from.orElse(0), to, by.equals("year"));
    s.cache()
        .answer(
            ctx,
            s.store().fingerprint(),
            how.key(PATH) + "|" + format,
            () -> {
              List<ProvenanceRow> rows = s.store().read(c -> new ProvenanceEngine(c).run(q));
              if (format.equals("csv")) {
                return CircumventionCsv.provenance(rows);
              }
              return new Rendered(
                  "application/json",
                  Json.bytes(
                      new Report(
                          target.alpha3(),
                          bloc,
                          blocDate,
                          goods,
                          rows.stream().map(ProvenanceRoutes::row).toList(),
                          how.reproduce(PATH, "--format csv"))));
            });
  }

  private static Row row(ProvenanceRow r) {
    return new Row(
        r.period(),
        r.dispatch(),
        r.shipments(),
        r.value(),
        r.blocBrand(),
        r.blocBrandMadeOutside(),
        r.unknownBrand());
  }
}
