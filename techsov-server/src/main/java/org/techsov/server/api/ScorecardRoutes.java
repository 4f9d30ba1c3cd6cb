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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techsov.core.programme.EvidenceItem;
import org.techsov.core.programme.Scorecard;
import org.techsov.core.programme.ScorecardLine;
import org.techsov.core.programme.ScorecardOptions;
import org.techsov.core.programme.Status;
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * The claims-versus-evidence scorecard of the built-in catalogue: every official target and claim
 * with its status (met, on track, off track, not measurable), the reason and the sourced evidence.
 */
final class ScorecardRoutes implements ApiRoutes {
  static final String PATH = "/api/scorecard";
  private final Services s;

  ScorecardRoutes(Services s) {
    this.s = s;
  }

  /**
   * A piece of evidence.
   *
   * @param label what the number is
   * @param value the number as stated, absent for quoted words
   * @param asOf its date
   * @param source the source as a reader cites it
   * @param quote the quoted words
   */
  record Evidence(String label, String value, String asOf, String source, String quote) {}

  /**
   * A target or claim.
   *
   * @param id its id
   * @param country the country concerned
   * @param statement who wants or says what
   * @param status met, on track, off track or not measurable
   * @param reason why, with the numbers
   * @param evidence the figures with their sources
   */
  record Line(
      String id,
      String country,
      String statement,
      String status,
      String reason,
      List<Evidence> evidence) {}

  /**
   * The scorecard.
   *
   * @param asOf the date it is evaluated at
   * @param counts lines per status
   * @param lines every target and claim
   * @param reproduce the API addresses giving the same figures
   */
  record Card(
      LocalDate asOf,
      Map<String, Integer> counts,
      List<Line> lines,
      DependencyResult.Reproduce reproduce) {}

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::scorecard);
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "programmes",
      summary = "Claims and targets of the built-in catalogue against the evidence, with sources",
      queryParams = {
        @OpenApiParam(name = "asOf", description = "Date evaluated at (default 2026-01-01)"),
        @OpenApiParam(name = "format", description = "json (default) or csv")
      },
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Card.class)))
  void scorecard(Context ctx) {
    Params p = new Params(ctx).allowOnly(Set.of("asOf", "format"));
    String format = p.choice("format", List.of("json", "csv"), "json");
    LocalDate asOf = p.date("asOf").orElse(LocalDate.of(2026, 1, 1));
    s.cache()
        .answer(
            ctx,
            "catalogue:built-in",
            PATH + "|" + asOf + "|" + format,
            () -> render(asOf, format));
  }

  private Rendered render(LocalDate asOf, String format) {
    List<ScorecardLine> card =
        Scorecard.evaluate(BuiltInCatalogue.seeds(), ScorecardOptions.asOf(asOf));
    List<Line> lines =
        card.stream()
            .map(
                l ->
                    new Line(
                        l.id(),
                        l.country(),
                        l.statement(),
                        l.status().label(),
                        l.reason(),
                        l.evidence().stream().map(ScorecardRoutes::evidence).toList()))
            .toList();
    if (format.equals("csv")) {
      StringBuilder b = new StringBuilder("id,country,status,statement,reason,sources\n");
      for (Line l : lines) {
        b.append(cell(l.id()))
            .append(',')
            .append(cell(l.country()))
            .append(',')
            .append(cell(l.status()))
            .append(',')
            .append(cell(l.statement()))
            .append(',')
            .append(cell(l.reason()))
            .append(',')
            .append(cell(String.join("; ", l.evidence().stream().map(Evidence::source).toList())))
            .append('\n');
      }
      return new Rendered("text/csv; charset=utf-8", b.toString().getBytes(StandardCharsets.UTF_8));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Status st : Status.values()) {
      counts.put(st.label(), 0);
    }
    lines.forEach(l -> counts.merge(l.status(), 1, Integer::sum));
    String api = PATH + "?asOf=" + asOf;
    return new Rendered(
        "application/json",
        Json.bytes(
            new Card(
                asOf,
                counts,
                lines,
                new DependencyResult.Reproduce(
                    "techsov scorecard --as-of " + asOf + " --format csv",
                    api,
                    api + "&format=csv"))));
  }

  private static Evidence evidence(EvidenceItem e) {
    return new Evidence(
        e.label(),
        e.quantity() == null ? null : e.quantity().toString(),
        e.asOf() == null ? null : e.asOf().toString(),
        e.source(),
        e.quote());
  }

  private static String cell(String text) {
    String t = text == null ? "" : text;
    return t.contains(",") || t.contains("\"") || t.contains("\n")
        ? "\"" + t.replace("\"", "\"\"") + "\""
        : t;
  }
}
