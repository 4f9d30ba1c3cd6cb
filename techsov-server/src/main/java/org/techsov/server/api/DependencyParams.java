package org.techsov.server.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;
import org.techsov.server.http.Params;

/**
 * The dependency analysis's parameters, the same as the command line's options: {@code importer},
 * {@code year} or {@code from}/{@code to}, {@code area}, {@code product}, {@code level}, {@code
 * bloc}, {@code blocDate}, {@code baseline}, {@code top}. Parsed into a query, and written back as
 * the command and the API address that reproduce it.
 */
public final class DependencyParams {
  public static final Set<String> NAMES =
      Set.of(
          "importer",
          "year",
          "from",
          "to",
          "area",
          "product",
          "level",
          "bloc",
          "blocDate",
          "baseline",
          "top",
          "format");
  public static final List<String> DEFAULT_BLOCS = List.of("UNFRIENDLY", "CHN_HK");
  static final int MIN_YEAR = 1950;
  static final int MAX_YEAR = 2100;

  private DependencyParams() {}

  /** The query the parameters ask for; years default to those stored ({@code stored}). */
  public static DependencyQuery parse(Params p, int[] stored) {
    OptionalInt year = p.integer("year", MIN_YEAR, MAX_YEAR);
    OptionalInt from = p.integer("from", MIN_YEAR, MAX_YEAR);
    OptionalInt to = p.integer("to", MIN_YEAR, MAX_YEAR);
    if (year.isPresent() && (from.isPresent() || to.isPresent())) {
      throw TechsovException.invalidArgument("give year or from/to, not both");
    }
    int first = year.isPresent() ? year.getAsInt() : from.orElse(stored[0]);
    int last = year.isPresent() ? year.getAsInt() : to.orElse(stored[1]);
    if (first > last) {
      throw TechsovException.invalidArgument("from (" + first + ") is after to (" + last + ")");
    }
    List<String> areas = p.list("area", 20).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    String lvl =
        p.choice("level", List.of("hs6", "hs4", "hs2", "area"), areas.isEmpty() ? "hs6" : "area");
    List<String> blocs = p.list("bloc", 10).stream().map(b -> b.toUpperCase(Locale.ROOT)).toList();
    OptionalInt top = p.integer("top", 0, 50);
    LocalDate blocDate = p.date("blocDate").orElse(LocalDate.now());
    OptionalInt baseline = p.integer("baseline", MIN_YEAR, MAX_YEAR);
    List<CountryCode> importers = p.list("importer", 50).stream().map(CountryCode::of).toList();
    List<HsCode> products = p.list("product", 100).stream().map(HsCode::parse).toList();
    GroupLevel level = GroupLevel.valueOf(lvl.toUpperCase(Locale.ROOT));
    if (level == GroupLevel.AREA && areas.isEmpty()) {
      throw TechsovException.invalidArgument("level=area needs at least one area");
    }
    return new DependencyQuery(
        importers,
        first,
        last,
        level,
        areas,
        products,
        blocs.isEmpty() ? DEFAULT_BLOCS : blocs,
        blocDate,
        baseline,
        top.orElse(3));
  }

  /** The options of {@code techsov dependency} that reproduce the query. */
  public static String command(DependencyQuery q, String format) {
    List<String> parts = new ArrayList<>(List.of("techsov", "dependency"));
    values(q).forEach((k, v) -> parts.add("--" + cliName(k) + " " + v));
    parts.add("--format " + format);
    return String.join(" ", parts);
  }

  /** The API address that reproduces the query. */
  public static String address(String path, DependencyQuery q, String format) {
    StringBuilder sb = new StringBuilder(path);
    char sep = '?';
    Map<String, String> v = values(q);
    if (!format.equals("json")) {
      v.put("format", format);
    }
    for (Map.Entry<String, String> e : v.entrySet()) {
      sb.append(sep)
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("%2C", ","));
      sep = '&';
    }
    return sb.toString();
  }

  private static Map<String, String> values(DependencyQuery q) {
    Map<String, String> m = new LinkedHashMap<>();
    if (!q.importers().isEmpty()) {
      m.put("importer", join(q.importers()));
    }
    m.put("from", Integer.toString(q.fromYear()));
    m.put("to", Integer.toString(q.toYear()));
    if (!q.areas().isEmpty()) {
      m.put("area", String.join(",", q.areas()));
    }
    if (!q.products().isEmpty()) {
      m.put("product", join(q.products()));
    }
    m.put("level", q.level().name().toLowerCase(Locale.ROOT));
    m.put("bloc", String.join(",", q.blocs()));
    m.put("blocDate", q.blocDate().toString());
    q.baselineYear().ifPresent(b -> m.put("baseline", Integer.toString(b)));
    m.put("top", Integer.toString(q.topSuppliers()));
    return m;
  }

  private static String cliName(String param) {
    return param.equals("blocDate") ? "bloc-date" : param;
  }

  private static String join(List<?> values) {
    StringBuilder sb = new StringBuilder();
    values.forEach(v -> sb.append(sb.length() == 0 ? "" : ",").append(v));
    return sb.toString();
  }
}
