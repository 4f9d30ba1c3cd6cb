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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.complexity.EconomicComplexity;
import org.techsov.core.complexity.FeasibilityCandidate;
import org.techsov.core.complexity.FeasibilityRanking;
import org.techsov.core.complexity.FeasibilityReport;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.spi.ProgressListener;
import org.techsov.engine.complexity.ExportMatrixQuery;
import org.techsov.engine.complexity.ImportDependencies;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * Import-substitution feasibility over the stored flows, as {@code techsov feasibility} computes
 * it: economic complexity of a year (HS6, default conventions), then the country's imported
 * products it does not export, ranked by closeness to its capabilities (density, COG) and by how
 * much it depends on them (import value, supplier concentration, a bloc's share).
 */
final class FeasibilityRoutes implements ApiRoutes {
  static final String PATH = "/api/feasibility";
  private final Services s;

  FeasibilityRoutes(Services s) {
    this.s = s;
  }

  /**
   * A candidate; see {@link FeasibilityCandidate}. Undefined figures are absent.
   *
   * @param rank 1 for the best
   * @param product HS6 code
   * @param density closeness to current exports, 0-1
   * @param pci product complexity index
   * @param cog complexity outlook gain
   * @param importValue imports, US dollars
   * @param hhi supplier concentration, 0-1
   * @param blocShare the bloc's share of imports, 0-1
   * @param feasibility mean percentile rank of density and COG
   * @param dependency mean percentile rank of import value, HHI and bloc share
   * @param priority the smaller of feasibility and dependency
   */
  record Candidate(
      int rank,
      String product,
      Double density,
      Double pci,
      Double cog,
      Double importValue,
      Double hhi,
      Double blocShare,
      Double feasibility,
      Double dependency,
      Double priority) {
    static Candidate of(FeasibilityCandidate f) {
      return new Candidate(
          f.rank(),
          f.product(),
          finite(f.density()),
          finite(f.pci()),
          finite(f.cog()),
          finite(f.importValue()),
          finite(f.hhi()),
          finite(f.blocShare()),
          finite(f.feasibility()),
          finite(f.dependency()),
          finite(f.priority()));
    }

    private static Double finite(double v) {
      return Double.isFinite(v) ? v : null;
    }
  }

  /**
   * The ranking.
   *
   * @param country the country
   * @param year the year of the complexity result
   * @param bloc the bloc whose share of imports counts as dependency
   * @param blocDate its membership date
   * @param candidates the best-ranked candidates, at most {@code top}
   * @param total how many candidates there are in all
   * @param reproduce the command and addresses giving the same figures
   */
  record Ranking(
      String country,
      int year,
      String bloc,
      LocalDate blocDate,
      List<Candidate> candidates,
      int total,
      DependencyResult.Reproduce reproduce) {}

  @Override
  public void addTo(Javalin app) {
    app.get(PATH, this::feasibility);
  }

  @OpenApi(
      path = PATH,
      methods = HttpMethod.GET,
      tags = "feasibility",
      summary =
          "Imported products a country is closest to making itself, with its dependency on them",
      queryParams = {
        @OpenApiParam(name = "country", required = true, description = "ISO alpha-3"),
        @OpenApiParam(
            name = "year",
            type = Integer.class,
            description = "Year (default: last stored)"),
        @OpenApiParam(name = "area", description = "Technology areas to restrict imports to"),
        @OpenApiParam(
            name = "bloc",
            description = "Bloc whose share counts as dependency (default UNFRIENDLY)"),
        @OpenApiParam(name = "blocDate", description = "Date of bloc membership (default today)"),
        @OpenApiParam(
            name = "top",
            type = Integer.class,
            description = "Candidates returned, 1-1000 (default 300)"),
        @OpenApiParam(name = "format", description = "json (default) or csv")
      },
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Ranking.class)))
  void feasibility(Context ctx) {
    Params p =
        new Params(ctx)
            .allowOnly(Set.of("country", "year", "area", "bloc", "blocDate", "top", "format"));
    String format = p.choice("format", List.of("json", "csv"), "json");
    CountryCode country =
        s.reference()
            .countries()
            .require(
                CountryCode.of(
                    p.text("country")
                        .orElseThrow(
                            () ->
                                org.techsov.core.error.TechsovException.invalidArgument(
                                    "parameter 'country' is required"))))
            .code();
    int year = p.integer("year", 1950, 2100).orElse(s.store().snapshot().years()[1]);
    List<String> areas = p.list("area", 20).stream().map(a -> s.reference().area(a).id()).toList();
    String bloc =
        s.reference().bloc(p.text("bloc").orElse("UNFRIENDLY").toUpperCase(Locale.ROOT)).id();
    LocalDate blocDate = p.date("blocDate").orElse(LocalDate.now());
    int top = p.integer("top", 1, 1000).orElse(300);
    String key =
        PATH + "|" + country + "|" + year + "|" + areas + "|" + bloc + "|" + blocDate + "|" + top
            + "|" + format;
    s.cache()
        .answer(
            ctx,
            s.store().fingerprint(),
            key,
            () -> render(country, year, areas, bloc, blocDate, top, format));
  }

  private Rendered render(
      CountryCode country,
      int year,
      List<String> areas,
      String bloc,
      LocalDate blocDate,
      int top,
      String format) {
    FeasibilityReport report =
        s.store()
            .read(
                c -> {
                  var imports =
                      ImportDependencies.of(
                          new DependencyEngine(c),
                          country,
                          year,
                          GroupLevel.HS6,
                          areas,
                          bloc,
                          blocDate);
                  ComplexityResult r =
                      EconomicComplexity.compute(
                          new ExportMatrixQuery(c)
                              .year(year, GroupLevel.HS6, ProgressListener.NONE),
                          ComplexityOptions.defaults());
                  return FeasibilityRanking.rank(r, country.alpha3(), imports);
                });
    List<FeasibilityCandidate> best = report.top(top);
    if (format.equals("csv")) {
      StringBuilder b =
          new StringBuilder(
              "rank,product,density,pci,cog,import_value_usd,hhi,bloc_share,feasibility,"
                  + "dependency,priority\n");
      for (FeasibilityCandidate f : best) {
        b.append(f.rank())
            .append(',')
            .append(f.product())
            .append(',')
            .append(f.density())
            .append(',')
            .append(f.pci())
            .append(',')
            .append(f.cog())
            .append(',')
            .append(f.importValue())
            .append(',')
            .append(f.hhi())
            .append(',')
            .append(f.blocShare())
            .append(',')
            .append(f.feasibility())
            .append(',')
            .append(f.dependency())
            .append(',')
            .append(f.priority())
            .append('\n');
      }
      return new Rendered("text/csv; charset=utf-8", b.toString().getBytes(StandardCharsets.UTF_8));
    }
    String api =
        PATH
            + "?country="
            + country
            + "&year="
            + year
            + (areas.isEmpty() ? "" : "&area=" + String.join(",", areas))
            + "&bloc="
            + bloc
            + "&blocDate="
            + blocDate
            + "&top="
            + top;
    String cli =
        "techsov feasibility --country "
            + country
            + " --year "
            + year
            + (areas.isEmpty() ? "" : " --area " + String.join(",", areas))
            + " --bloc "
            + bloc
            + " --bloc-date "
            + blocDate
            + " --top "
            + top
            + " --format csv";
    return new Rendered(
        "application/json",
        Json.bytes(
            new Ranking(
                country.alpha3(),
                year,
                bloc,
                blocDate,
                best.stream().map(Candidate::of).toList(),
                report.candidates().size(),
                new DependencyResult.Reproduce(cli, api, api + "&format=csv"))));
  }
}
