package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.Problem;
import org.techsov.server.http.ResultCache.Rendered;

/** {@code GET /api/dependency}: the dependency analysis, as {@code techsov dependency} runs it. */
final class DependencyRoutes implements ApiRoutes {
  static final String PATH = "/api/dependency";
  private final Services s;

  DependencyRoutes(Services s) {
    this.s = s;
  }

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::dependency);
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "dependency",
      summary = "Import dependency per importer, product group and year",
      description =
          "Import value, supplier count, HHI of supplier shares (0-1), equivalent suppliers"
              + " (1/HHI), top suppliers, bloc shares (membership as of blocDate) and the change"
              + " versus a baseline year; the same figures as 'techsov dependency'. Answers carry"
              + " an ETag: the same request on an unchanged store answers 304 to If-None-Match.",
      queryParams = {
        @OpenApiParam(name = "importer", description = "Importers, ISO alpha-3, comma-separated"),
        @OpenApiParam(name = "year", type = Integer.class, description = "One year"),
        @OpenApiParam(name = "from", type = Integer.class, description = "First year"),
        @OpenApiParam(name = "to", type = Integer.class, description = "Last year"),
        @OpenApiParam(name = "area", description = "Technology areas, e.g. microelectronics"),
        @OpenApiParam(name = "product", description = "HS codes (2, 4 or 6 digits)"),
        @OpenApiParam(name = "level", description = "hs6, hs4, hs2 or area"),
        @OpenApiParam(name = "bloc", description = "Blocs whose shares to report"),
        @OpenApiParam(name = "blocDate", description = "Date of bloc membership, e.g. 2024-01-01"),
        @OpenApiParam(name = "baseline", type = Integer.class, description = "Baseline year"),
        @OpenApiParam(name = "top", type = Integer.class, description = "Top suppliers, 0-50"),
        @OpenApiParam(name = "format", description = "json (default) or csv")
      },
      responses = {
        @OpenApiResponse(
            status = "200",
            content = {
              @OpenApiContent(from = DependencyResult.class),
              @OpenApiContent(type = "text/csv")
            }),
        @OpenApiResponse(status = "304", description = "Not modified"),
        @OpenApiResponse(
            status = "400",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json")),
        @OpenApiResponse(
            status = "404",
            description = "The store holds no flows",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void dependency(Context ctx) {
    Params p = new Params(ctx).allowOnly(DependencyParams.NAMES);
    String format = p.choice("format", List.of("json", "csv"), "json");
    int[] years = s.store().snapshot().years();
    DependencyQuery q = DependencyParams.parse(p, years);
    s.cache()
        .answer(
            ctx, s.store().fingerprint(), PATH + "|" + format + "|" + q, () -> render(q, format));
  }

  Rendered render(DependencyQuery q, String format) {
    List<DependencyRow> rows = s.store().read(c -> new DependencyEngine(c).run(q));
    if (format.equals("csv")) {
      return new Rendered(
          "text/csv; charset=utf-8", DependencyCsv.write(q, rows).getBytes(StandardCharsets.UTF_8));
    }
    DependencyResult.Reproduce how =
        new DependencyResult.Reproduce(
            DependencyParams.command(q, "csv"),
            DependencyParams.address(PATH, q, "json"),
            DependencyParams.address(PATH, q, "csv"));
    return new Rendered("application/json", Json.bytes(DependencyResult.of(q, rows, how)));
  }
}
