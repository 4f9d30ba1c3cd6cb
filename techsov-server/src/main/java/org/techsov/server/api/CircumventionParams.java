package org.techsov.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.techsov.core.circumvention.Baseline;
import org.techsov.core.circumvention.CircumventionQuery;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.core.circumvention.RouteOptions;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.server.http.Params;

/**
 * The circumvention analysis's parameters, the same as {@code techsov circumvention}'s options:
 * {@code target}, {@code bloc}, {@code since} (required), {@code until}, {@code goods}, {@code
 * notControls}, {@code baseline}, {@code level}, {@code hubs}, {@code blocDate} and the thresholds
 * and sampling ({@code minRatio}, {@code minIncrease}, {@code alpha}, {@code permutations}, {@code
 * bootstrap}, {@code maxLag}, {@code cifFob}, {@code seed}). Each is checked before the analysis
 * runs; goods are names or HS codes of a fixed shape, never free text.
 */
final class CircumventionParams {
  /** The analysis's parameters (without {@code top} and {@code format}). */
  static final Set<String> QUERY =
      Set.of(
          "target",
          "bloc",
          "since",
          "until",
          "goods",
          "notControls",
          "baseline",
          "level",
          "hubs",
          "blocDate",
          "minRatio",
          "minIncrease",
          "alpha",
          "permutations",
          "bootstrap",
          "maxLag",
          "cifFob",
          "seed");

  /** A goods list ({@code chpl}, {@code eu-restricted@2022-10-07}) or an HS code. */
  static final Pattern GOODS =
      Pattern.compile(
          "\\d{2}|\\d{4}|\\d{6}|\\d{4}\\.\\d{2}|[a-z0-9][a-z0-9_-]{0,59}(@\\d{4}-\\d{2}-\\d{2})?");

  /** The most permutations a request may ask for (the command line's default). */
  static final int MAX_PERMUTATIONS = 9999;

  static final int MAX_BOOTSTRAP = 999;

  /**
   * A checked request.
   *
   * @param query the analysis asked for
   * @param how its canonical parameters, as an address and a command
   */
  record Request(CircumventionQuery query, Reproduction how) {}

  private CircumventionParams() {}

  static Request parse(Params p, ReferenceData ref) {
    Reproduction how = new Reproduction("techsov circumvention");
    CountryCode target = country(ref, "target", required(p, "target"));
    String bloc = bloc(ref, required(p, "bloc"));
    int since = month(p, "since").orElseThrow(() -> missing("since"));
    OptionalInt until = month(p, "until");
    how.put("target", "target", target.alpha3()).put("bloc", "bloc", bloc);
    how.put("since", "since", Months.format(since));
    until.ifPresent(u -> how.put("until", "until", Months.format(u)));
    List<String> goods = goods(p, "goods");
    List<String> notControls = goods(p, "notControls");
    how.put("goods", "goods", String.join(",", goods.isEmpty() ? List.of("chpl") : goods));
    if (!notControls.isEmpty()) {
      how.put("notControls", "not-controls", String.join(",", notControls));
    }
    String baselineText = p.text("baseline").orElse(Baseline.DEFAULT).trim();
    Baseline baseline = Baseline.parse(baselineText, since);
    how.put("baseline", "baseline", baselineText.toLowerCase(Locale.ROOT));
    String level = p.choice("level", List.of("hs6", "hs4", "hs2", "tier", "list"), "hs4");
    how.put("level", "level", level);
    Optional<LocalDate> blocDate = p.date("blocDate");
    LocalDate date =
        blocDate.orElse(LocalDate.of(Months.year(since + 1), Months.month(since + 1), 1));
    List<String> hubNames = p.list("hubs", 50);
    List<CountryCode> hubs = hubs(ref, hubNames, date);
    if (!hubNames.isEmpty()) {
      how.put("hubs", "hubs", String.join(",", hubNames).toUpperCase(Locale.ROOT));
    }
    blocDate.ifPresent(d -> how.put("blocDate", "bloc-date", d.toString()));
    RouteOptions options = options(p, how);
    try {
      return new Request(
          new CircumventionQuery(
              target,
              bloc,
              date,
              since,
              until,
              baseline,
              goods.isEmpty() ? List.of("chpl") : goods,
              notControls,
              RouteLevel.parse(level),
              hubs,
              options),
          how);
    } catch (IllegalArgumentException e) {
      throw TechsovException.invalidArgument(e.getMessage());
    }
  }

  /** Thresholds and sampling; only those differing from the defaults are written back. */
  private static RouteOptions options(Params p, Reproduction how) {
    RouteOptions d = RouteOptions.defaults();
    double minRatio = p.decimal("minRatio", 1e-6, 1e6, d.minRatio());
    double minIncrease = p.decimal("minIncrease", 0, 1e12, d.minIncreasePerMonth());
    double alpha = p.decimal("alpha", 1e-6, 0.5, d.alpha());
    int permutations = p.integer("permutations", 19, MAX_PERMUTATIONS).orElse(d.permutations());
    int bootstrap = p.integer("bootstrap", 19, MAX_BOOTSTRAP).orElse(d.bootstrap());
    int maxLag = p.integer("maxLag", 0, 12).orElse(d.maxLag());
    double cifFob = p.decimal("cifFob", 1, 2, d.cifFob());
    int seed = p.integer("seed", 0, Integer.MAX_VALUE).orElse((int) d.seed());
    putIf(how, "minRatio", "min-ratio", minRatio, d.minRatio());
    putIf(how, "minIncrease", "min-increase", minIncrease, d.minIncreasePerMonth());
    putIf(how, "alpha", "alpha", alpha, d.alpha());
    putIf(how, "permutations", "permutations", permutations, d.permutations());
    putIf(how, "bootstrap", "bootstrap", bootstrap, d.bootstrap());
    putIf(how, "maxLag", "max-lag", maxLag, d.maxLag());
    putIf(how, "cifFob", "cif-fob", cifFob, d.cifFob());
    putIf(how, "seed", "seed", seed, d.seed());
    try {
      return new RouteOptions(
          minRatio, minIncrease, alpha, permutations, bootstrap, maxLag, cifFob, seed);
    } catch (IllegalArgumentException e) {
      throw TechsovException.invalidArgument(e.getMessage());
    }
  }

  private static void putIf(Reproduction how, String api, String cli, double v, double fallback) {
    if (v != fallback) {
      how.put(api, cli, v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : "" + v);
    }
  }

  static String required(Params p, String name) {
    return p.text(name).map(String::trim).orElseThrow(() -> missing(name));
  }

  static TechsovException missing(String name) {
    return TechsovException.invalidArgument("parameter '" + name + "' is required");
  }

  static CountryCode country(ReferenceData ref, String name, String raw) {
    if (!raw.matches("[A-Za-z]{3}")) {
      throw new TechsovException(
          org.techsov.core.error.ErrorCode.UNKNOWN_COUNTRY,
          "parameter '"
              + name
              + "': unknown country code '"
              + Params.clip(raw)
              + "' (ISO alpha-3)");
    }
    return ref.countries().require(CountryCode.of(raw)).code();
  }

  /** A month {@code YYYY-MM} within 1950..2100, if given. */
  static OptionalInt month(Params p, String name) {
    Optional<String> t = p.text(name);
    if (t.isEmpty()) {
      return OptionalInt.empty();
    }
    String raw = t.get().trim();
    if (!raw.matches("\\d{4}-\\d{2}")) {
      throw TechsovException.invalidArgument(
          "parameter '" + name + "' must be a month like 2022-02, not '" + Params.clip(raw) + "'");
    }
    int year = Integer.parseInt(raw.substring(0, 4));
    int m = Integer.parseInt(raw.substring(5));
    if (m < 1 || m > 12 || year < 1950 || year > 2100) {
      throw TechsovException.invalidArgument(
          "parameter '"
              + name
              + "' must be a month within 1950-01..2100-12, not '"
              + Params.clip(raw)
              + "'");
    }
    return OptionalInt.of(Months.index(year, m));
  }

  /** Goods lists or HS codes, lower case; anything else is refused before the store is asked. */
  static List<String> goods(Params p, String name) {
    List<String> out = new ArrayList<>();
    for (String g : p.list(name, 20)) {
      String v = g.toLowerCase(Locale.ROOT);
      if (!GOODS.matcher(v).matches()) {
        throw TechsovException.invalidArgument(
            "parameter '"
                + name
                + "': '"
                + Params.clip(g)
                + "' is neither an HS code (2, 4 or 6 digits) nor a goods list name (letters,"
                + " digits, '-', '_', optionally @YYYY-MM-DD)");
      }
      out.add(v);
    }
    return out;
  }

  /** A bloc id, in any case. */
  static String bloc(ReferenceData ref, String raw) {
    return ref.bloc(raw).id();
  }

  /** Countries named one by one or as blocs (members on {@code date}). */
  static List<CountryCode> hubs(ReferenceData ref, List<String> names, LocalDate date) {
    List<CountryCode> out = new ArrayList<>();
    for (String h : names) {
      Optional<String> bloc =
          ref.blocs().keySet().stream().filter(b -> b.equalsIgnoreCase(h)).findFirst();
      if (bloc.isPresent()) {
        out.addAll(ref.bloc(bloc.get()).membersOn(date));
      } else {
        out.add(country(ref, "hubs", h));
      }
    }
    return out;
  }
}
