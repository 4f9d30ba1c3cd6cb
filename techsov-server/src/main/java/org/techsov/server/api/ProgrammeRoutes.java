package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.techsov.core.error.TechsovException;
import org.techsov.core.forecast.FanPoint;
import org.techsov.core.forecast.Forecast;
import org.techsov.core.forecast.ForecastOptions;
import org.techsov.core.forecast.ThresholdOutlook;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.ProgrammeForecast;
import org.techsov.core.programme.ProgrammeForecaster;
import org.techsov.core.programme.Series;
import org.techsov.core.programme.Target;
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.Problem;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * Substitution programmes of the built-in catalogue (the seeds' figures): each series' observed
 * adoption with its official targets and a diffusion forecast with its fan.
 */
final class ProgrammeRoutes implements ApiRoutes {
  static final String PATH = "/api/programmes";
  private final Services s;
  private volatile Catalogue catalogue;

  ProgrammeRoutes(Services s) {
    this.s = s;
  }

  /**
   * A programme as listed.
   *
   * @param id identifier
   * @param name name
   * @param country country running it
   * @param incumbents foreign products replaced
   * @param substitutes domestic substitutes
   * @param series the series tracked (the first is the headline)
   */
  record ProgrammeDto(
      String id,
      String name,
      String country,
      List<String> incumbents,
      List<String> substitutes,
      List<SeriesDto> series) {}

  /**
   * A series as listed.
   *
   * @param id identifier within the programme
   * @param description what is measured
   * @param unit unit of the values
   */
  record SeriesDto(String id, String description, String unit) {}

  /**
   * A dated figure with its source.
   *
   * @param time decimal year (the middle of the reported period; a target's deadline end)
   * @param value the value in the series' unit
   * @param asOf the date as the source reports it
   * @param source the source's id
   * @param label a target's id, empty for observations
   */
  record Point(double time, double value, String asOf, String source, String label) {}

  /**
   * A target's outlook under the forecast.
   *
   * @param target the target
   * @param probability share of bootstrap curves reaching it by its deadline, 0-1
   * @param p50Crossing decimal year at which the median curve reaches it, absent if never
   */
  record Outlook(String target, double probability, Double p50Crossing) {}

  /**
   * A series with its forecast.
   *
   * @param programme the programme's id
   * @param name the programme's name
   * @param series the series' id
   * @param description what is measured
   * @param unit unit of values
   * @param observations observed figures
   * @param targets official targets
   * @param fan P10, P50 and P90 of the forecast at year ends
   * @param model the curve chosen, empty if the series cannot be forecast
   * @param outlooks one per target
   * @param notes assumptions and refusals a reader should see
   * @param reproduce the API addresses giving the same figures
   */
  record ForecastDto(
      String programme,
      String name,
      String series,
      String description,
      String unit,
      List<Point> observations,
      List<Point> targets,
      List<FanPoint> fan,
      String model,
      List<Outlook> outlooks,
      List<String> notes,
      DependencyResult.Reproduce reproduce) {}

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::list);
    app.get(PATH + "/{id}/forecast", this::forecast);
  }

  private Catalogue catalogue() {
    if (catalogue == null) {
      catalogue = BuiltInCatalogue.seeds();
    }
    return catalogue;
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "programmes",
      summary = "Substitution programmes of the built-in catalogue, with their series",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ProgrammeDto[].class)))
  void list(Context ctx) {
    new Params(ctx).allowOnly(Set.of());
    List<ProgrammeDto> out = new ArrayList<>();
    for (Programme p : catalogue().programmes()) {
      out.add(
          new ProgrammeDto(
              p.id(),
              p.name(),
              p.country(),
              p.substitution().incumbents(),
              p.substitution().substitutes(),
              p.series().stream()
                  .map(x -> new SeriesDto(x.id(), x.measure().description(), x.measure().unit()))
                  .toList()));
    }
    ctx.json(out);
  }

  @OpenApi(
      path = PATH + "/{id}/forecast",
      methods = HttpMethod.GET,
      tags = "programmes",
      summary = "A programme series: observations, targets and the diffusion forecast's fan",
      pathParams = @OpenApiParam(name = "id", required = true),
      queryParams = {
        @OpenApiParam(name = "series", description = "Series id (default: the headline series)"),
        @OpenApiParam(
            name = "horizon",
            type = Integer.class,
            description = "Last year of the fan, 2000-2100 (default 2030)"),
        @OpenApiParam(name = "format", description = "json (default) or csv")
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = ForecastDto.class)),
        @OpenApiResponse(
            status = "404",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void forecast(Context ctx) {
    Params p = new Params(ctx).allowOnly(Set.of("series", "horizon", "format"));
    String format = p.choice("format", List.of("json", "csv"), "json");
    int horizon = p.integer("horizon", 2000, 2100).orElse(2030);
    String id = ctx.pathParam("id");
    Programme programme = find(id);
    String seriesId = p.text("series").orElse(programme.series().get(0).id());
    s.cache()
        .answer(
            ctx,
            "catalogue:built-in",
            PATH + "|" + id + "|" + seriesId + "|" + horizon + "|" + format,
            () -> render(programme, seriesId, horizon, format));
  }

  private Programme find(String id) {
    return catalogue().programmes().stream()
        .filter(x -> x.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new TechsovException(
                    org.techsov.core.error.ErrorCode.NO_DATA,
                    "no programme '"
                        + Params.clip(id)
                        + "'; known programmes: "
                        + catalogue().programmes().stream().map(Programme::id).toList()));
  }

  private Rendered render(Programme programme, String seriesId, int horizon, String format) {
    ProgrammeForecast f =
        ProgrammeForecaster.forecast(
            programme,
            seriesId,
            new ForecastOptions(
                horizon, ForecastOptions.DEFAULT_RESAMPLES, ForecastOptions.DEFAULT_SEED));
    Series series = f.series();
    String base =
        PATH + "/" + programme.id() + "/forecast?series=" + series.id() + "&horizon=" + horizon;
    List<Point> obs =
        series.observations().stream()
            .filter(x -> x.asOf() != null)
            .map(x -> point(x, "", x.asOf().midpoint()))
            .toList();
    List<Point> targets =
        series.targets().stream()
            .filter(t -> t.deadline() != null)
            .map((Target t) -> point(t.figure(), t.id(), t.deadline().end()))
            .toList();
    List<String> notes = new ArrayList<>(f.notes());
    List<FanPoint> fan = List.of();
    List<Outlook> outlooks = List.of();
    String model = "";
    if (f.forecast() instanceof Forecast.Fitted fit) {
      fan = fit.fan();
      model = fit.chosen().model().label();
      outlooks =
          fit.outlooks().stream()
              .map(
                  (ThresholdOutlook o) ->
                      new Outlook(
                          o.threshold().id(),
                          o.probability(),
                          o.p50Crosses() ? o.p50Crossing() : null))
              .toList();
      notes.addAll(fit.notes());
    } else if (f.forecast() instanceof Forecast.Refused r) {
      notes.add(r.reason());
    }
    ForecastDto dto =
        new ForecastDto(
            programme.id(),
            programme.name(),
            series.id(),
            series.measure().description(),
            series.measure().unit(),
            obs,
            targets,
            fan,
            model,
            outlooks,
            notes,
            new DependencyResult.Reproduce(
                "techsov forecast "
                    + programme.id()
                    + " --series "
                    + series.id()
                    + " --target "
                    + horizon
                    + " --format csv",
                base,
                base + "&format=csv"));
    if (format.equals("csv")) {
      return new Rendered(
          "text/csv; charset=utf-8", csv(dto).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return new Rendered("application/json", Json.bytes(dto));
  }

  private static Point point(Figure f, String label, double time) {
    return new Point(
        time,
        f.value(),
        f.asOf() == null ? "" : f.asOf().toString(),
        f.citation() == null ? "" : f.citation().source(),
        label);
  }

  /**
   * One line per observation, target and fan point: {@code
   * kind,time,value,p10,p50,p90,label,source}.
   */
  private static String csv(ForecastDto d) {
    StringBuilder b = new StringBuilder("kind,time,value,p10,p50,p90,label,source\n");
    for (Point o : d.observations()) {
      b.append("observation,")
          .append(o.time())
          .append(',')
          .append(o.value())
          .append(",,,,,")
          .append(o.source())
          .append('\n');
    }
    for (Point t : d.targets()) {
      b.append("target,")
          .append(t.time())
          .append(',')
          .append(t.value())
          .append(",,,,")
          .append(t.label())
          .append(',')
          .append(t.source())
          .append('\n');
    }
    for (FanPoint f : d.fan()) {
      b.append("forecast,")
          .append(f.time())
          .append(",,")
          .append(f.p10())
          .append(',')
          .append(f.p50())
          .append(',')
          .append(f.p90())
          .append(",,\n");
    }
    return b.toString();
  }
}
