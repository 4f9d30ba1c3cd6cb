package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.List;
import java.util.Set;
import org.techsov.core.programme.Catalogue;
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.report.CountryReport;
import org.techsov.report.ReportFormat;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportRequests;
import org.techsov.report.ReportSections;
import org.techsov.server.http.Params;
import org.techsov.server.http.Problem;
import org.techsov.server.http.ResultCache.Rendered;
import org.techsov.store.duckdb.DuckDbImports;

/** {@code GET /api/report}: the country report, as {@code techsov report} writes it. */
final class ReportRoutes implements ApiRoutes {
  static final String PATH = "/api/report";
  private final Services s;
  private volatile Catalogue catalogue;

  ReportRoutes(Services s) {
    this.s = s;
  }

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::report);
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "report",
      summary = "The country report as self-contained HTML or as PDF",
      description =
          "Dependency by technology area, the bloc shift, the top suppliers, parallel imports"
              + " through third countries (the CHPL from the first bloc after the first sanction on"
              + " the country), import-substitution candidates, the substitution programmes and"
              + " the scorecard of the built-in catalogue, and the methods and sources.",
      queryParams = {
        @OpenApiParam(name = "country", required = true, description = "Importer, ISO alpha-3"),
        @OpenApiParam(
            name = "year",
            type = Integer.class,
            description = "Year (default: last stored)"),
        @OpenApiParam(
            name = "from",
            type = Integer.class,
            description = "First year of the series"),
        @OpenApiParam(name = "area", description = "Technology areas (default: every area)"),
        @OpenApiParam(name = "bloc", description = "Blocs (default: COALITION,CHN_HK,HUBS)"),
        @OpenApiParam(
            name = "blocDate",
            description = "Date of bloc membership and of the scorecard (default: today)"),
        @OpenApiParam(name = "format", description = "html (default) or pdf")
      },
      responses = {
        @OpenApiResponse(
            status = "200",
            content = {
              @OpenApiContent(type = "text/html"),
              @OpenApiContent(type = "application/pdf")
            }),
        @OpenApiResponse(
            status = "400",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void report(Context ctx) {
    Params p =
        new Params(ctx)
            .allowOnly(Set.of("country", "year", "from", "area", "bloc", "blocDate", "format"));
    ReportFormat format = ReportFormat.parse(p.choice("format", List.of("html", "pdf"), "html"));
    String country =
        p.text("country")
            .orElseThrow(
                () ->
                    org.techsov.core.error.TechsovException.invalidArgument(
                        "parameter 'country' is required"));
    int[] stored = s.store().snapshot().years();
    var year = p.integer("year", 1950, 2100);
    var from = p.integer("from", 1950, 2100);
    ReportRequest r =
        ReportRequests.of(
            s.reference(),
            country,
            stored,
            year.isPresent() ? year.getAsInt() : null,
            from.isPresent() ? from.getAsInt() : null,
            p.list("area", 20),
            p.list("bloc", 10),
            p.date("blocDate").orElse(null));
    ctx.header(
        "Content-Disposition",
        "inline; filename=\"techsov-"
            + r.country()
            + "-"
            + r.year()
            + "."
            + format.extension()
            + "\"");
    s.cache()
        .answer(
            ctx,
            s.store().fingerprint(),
            PATH + "|" + format + "|" + r,
            () -> new Rendered(format.mediaType(), format.render(build(r))));
  }

  /** The built-in catalogue, as the programme and scorecard endpoints read it. */
  private Catalogue catalogue() {
    Catalogue c = catalogue;
    if (c == null) {
      c = BuiltInCatalogue.seeds();
      catalogue = c;
    }
    return c;
  }

  private CountryReport build(ReportRequest r) {
    return s.store()
        .read(
            c ->
                CountryReport.build(
                    new ReportInput(r, c, s.reference(), new DuckDbImports(c).all(), catalogue()),
                    ReportSections.standard()));
  }
}
