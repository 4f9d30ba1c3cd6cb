package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.techsov.core.reference.Bloc;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.SanctionEvent;
import org.techsov.core.reference.TechnologyArea;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.ResultCache.Rendered;

/** The reference data: countries, blocs, technology areas, goods lists, sanction events. */
final class ReferenceRoutes implements ApiRoutes {
  private final Services s;

  ReferenceRoutes(Services s) {
    this.s = s;
  }

  /**
   * A country.
   *
   * @param code ISO alpha-3
   * @param alpha2 ISO alpha-2
   * @param numeric ISO numeric code (the store's key; the world map's feature id)
   * @param name English short name
   * @param region continent
   */
  record CountryDto(String code, String alpha2, int numeric, String name, String region) {}

  /**
   * A membership, half-open {@code [from, until)}.
   *
   * @param country ISO alpha-3
   * @param from first day
   * @param until first day after, absent while it lasts
   */
  record MemberDto(String country, LocalDate from, LocalDate until) {}

  /**
   * A bloc.
   *
   * @param id identifier
   * @param name name
   * @param source instrument and date
   * @param members memberships with dates
   */
  record BlocDto(String id, String name, String source, List<MemberDto> members) {}

  /**
   * A technology area.
   *
   * @param id identifier
   * @param name name
   * @param codes HS codes making it up
   */
  record AreaDto(String id, String name, List<String> codes) {}

  /**
   * An item of a goods list.
   *
   * @param code HS code
   * @param tier tier
   * @param description tier description
   */
  record ItemDto(String code, String tier, String description) {}

  /**
   * A goods list.
   *
   * @param id identifier
   * @param name name
   * @param version date of the version
   * @param source publisher
   * @param items goods
   */
  record GoodsListDto(
      String id, String name, LocalDate version, String source, List<ItemDto> items) {}

  /**
   * A sanction event.
   *
   * @param id identifier
   * @param date effective date
   * @param imposedBy bloc or country
   * @param target targeted country
   * @param title description
   * @param goodsList goods list covered
   * @param source instrument
   */
  record EventDto(
      String id,
      LocalDate date,
      String imposedBy,
      String target,
      String title,
      String goodsList,
      String source) {}

  @Override
  public void addTo(Javalin app) {
    app.get("/api/reference/countries", this::countries);
    app.get("/api/reference/blocs", this::blocs);
    app.get("/api/reference/areas", this::areas);
    app.get("/api/reference/goods-lists", this::goodsLists);
    app.get("/api/reference/sanction-events", this::events);
  }

  private void answer(Context ctx, String key, Object value) {
    new Params(ctx).allowOnly(Set.of());
    s.cache()
        .answer(
            ctx,
            s.reference().version(),
            key,
            () -> new Rendered("application/json", Json.bytes(value)));
  }

  @OpenApi(
      path = "/api/reference/countries",
      methods = HttpMethod.GET,
      tags = "reference",
      summary = "Countries and territories with their ISO codes",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = CountryDto[].class)))
  void countries(Context ctx) {
    List<CountryDto> out =
        s.reference().countries().all().stream().map(ReferenceRoutes::country).toList();
    answer(ctx, "countries", out);
  }

  private static CountryDto country(Country c) {
    return new CountryDto(c.code().alpha3(), c.alpha2(), c.key(), c.name(), c.region());
  }

  @OpenApi(
      path = "/api/reference/blocs",
      methods = HttpMethod.GET,
      tags = "reference",
      summary = "Country blocs with membership dates",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = BlocDto[].class)))
  void blocs(Context ctx) {
    List<BlocDto> out = s.reference().blocs().values().stream().map(ReferenceRoutes::bloc).toList();
    answer(ctx, "blocs", out);
  }

  private static BlocDto bloc(Bloc b) {
    return new BlocDto(
        b.id(),
        b.name(),
        b.source(),
        b.members().stream()
            .map(m -> new MemberDto(m.country().alpha3(), m.from(), m.until()))
            .toList());
  }

  @OpenApi(
      path = "/api/reference/areas",
      methods = HttpMethod.GET,
      tags = "reference",
      summary = "Technology areas as HS codes",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = AreaDto[].class)))
  void areas(Context ctx) {
    List<AreaDto> out =
        s.reference().areas().values().stream()
            .map(
                (TechnologyArea a) ->
                    new AreaDto(a.id(), a.name(), a.codes().stream().map(HsCode::code).toList()))
            .toList();
    answer(ctx, "areas", out);
  }

  @OpenApi(
      path = "/api/reference/goods-lists",
      methods = HttpMethod.GET,
      tags = "reference",
      summary = "Lists of goods of special concern, e.g. the Common High Priority List",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = GoodsListDto[].class)))
  void goodsLists(Context ctx) {
    List<GoodsListDto> out =
        s.reference().goodsLists().values().stream().map(ReferenceRoutes::goods).toList();
    answer(ctx, "goods-lists", out);
  }

  private static GoodsListDto goods(GoodsList g) {
    return new GoodsListDto(
        g.id(),
        g.name(),
        g.version(),
        g.source(),
        g.items().stream()
            .map(i -> new ItemDto(i.code().code(), i.tier(), i.description()))
            .toList());
  }

  @OpenApi(
      path = "/api/reference/sanction-events",
      methods = HttpMethod.GET,
      tags = "reference",
      summary = "Dated sanction measures",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = EventDto[].class)))
  void events(Context ctx) {
    List<EventDto> out =
        s.reference().sanctionEvents().stream()
            .map(
                (SanctionEvent e) ->
                    new EventDto(
                        e.id(),
                        e.date(),
                        e.imposedBy(),
                        e.target().alpha3(),
                        e.title(),
                        e.goodsList(),
                        e.source()))
            .toList();
    answer(ctx, "sanction-events", out);
  }
}
