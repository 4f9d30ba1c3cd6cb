package org.techsov.cli.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.ExternalMeasure;
import org.techsov.core.programme.ReportedDate;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreYears;

/**
 * The trade-based measures that claims cite, computed from the stored flows with the dependency
 * engine. A key {@code dependency/<importer>/<area>/<supplier>-share} is the supplier's share, in
 * percent, of the importer's imports in a technology area, value-weighted over the years of the
 * claim's check period that the store holds (or the latest stored year when no check names the
 * key). The supplier is a bloc id; {@code CHN} stands for the bloc {@code CHN_HK} (China with Hong
 * Kong and Macao), since Chinese exports to Russia are partly booked through Hong Kong.
 */
public final class TradeMeasures {
  private static final Pattern KEY =
      Pattern.compile("dependency/([A-Z]{3})/([a-z0-9-]+)/([A-Za-z0-9_]+)-share");

  /** Supplier codes in keys that stand for a bloc of the reference data. */
  static final Map<String, String> SUPPLIER_BLOCS = Map.of("CHN", "CHN_HK");

  /**
   * The measures and what could not be computed.
   *
   * @param measures computed measures, for {@code ScorecardOptions.withMeasures}
   * @param notes one line per measure: its value and origin, or why it is missing
   */
  public record Result(List<ExternalMeasure> measures, List<String> notes) {}

  private TradeMeasures() {}

  /** Every measure the catalogue's claims cite that the stored flows can answer. */
  public static Result compute(Catalogue catalogue, DuckDbStore store, String where) {
    Map<String, ReportedDate> keys = new LinkedHashMap<>();
    for (Claim c : catalogue.claims()) {
      if (c.check() != null && c.check().isMeasure()) {
        keys.put(c.check().measureKey(), c.check().by());
      }
      for (String k : c.evidence().measures()) {
        keys.putIfAbsent(k, null);
      }
    }
    List<ExternalMeasure> measures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (keys.isEmpty()) {
      return new Result(measures, notes);
    }
    int[] stored;
    try {
      stored = StoreYears.of(store);
    } catch (TechsovException e) {
      notes.add("not computed: " + where + " holds no trade flows");
      return new Result(measures, notes);
    }
    DependencyEngine engine = new DependencyEngine(store.connection());
    for (Map.Entry<String, ReportedDate> e : keys.entrySet()) {
      Matcher m = KEY.matcher(e.getKey());
      if (!m.matches()) {
        notes.add(e.getKey() + ": not a measure techsov computes");
        continue;
      }
      ReportedDate period = e.getValue();
      int from = period == null ? stored[1] : Math.max(period.first().getYear(), stored[0]);
      int to = period == null ? stored[1] : Math.min(period.last().getYear(), stored[1]);
      if (from > to) {
        notes.add(
            e.getKey()
                + ": "
                + where
                + " holds no flows for "
                + period
                + " (it holds "
                + stored[0]
                + "-"
                + stored[1]
                + ")");
        continue;
      }
      ExternalMeasure x;
      try {
        x = measure(engine, e.getKey(), m, from, to, where);
      } catch (TechsovException failure) {
        notes.add(e.getKey() + ": " + failure.getMessage());
        continue;
      }
      if (x == null) {
        notes.add(e.getKey() + ": no such imports in " + where + " for " + from + "-" + to);
        continue;
      }
      measures.add(x);
      notes.add(
          x.key()
              + " = "
              + String.format(Locale.ROOT, "%.1f", x.value())
              + "% ("
              + x.asOf()
              + "), from "
              + x.origin());
    }
    return new Result(measures, notes);
  }

  private static ExternalMeasure measure(
      DependencyEngine engine, String key, Matcher m, int from, int to, String where) {
    String importer = m.group(1);
    String area = m.group(2);
    String bloc = SUPPLIER_BLOCS.getOrDefault(m.group(3), m.group(3));
    LocalDate blocDate = LocalDate.of(to, 12, 31);
    List<DependencyRow> rows =
        engine.run(
            new DependencyQuery(
                List.of(new CountryCode(importer)),
                from,
                to,
                GroupLevel.AREA,
                List.of(area),
                List.of(),
                List.of(bloc),
                blocDate,
                OptionalInt.empty(),
                0));
    double total = 0;
    double fromBloc = 0;
    for (DependencyRow r : rows) {
      total += r.importValueUsd();
      fromBloc += r.importValueUsd() * r.blocShare(bloc);
    }
    if (!(total > 0)) {
      return null;
    }
    double share = 100 * fromBloc / total;
    ReportedDate asOf =
        from == to ? ReportedDate.ofYear(from) : ReportedDate.parse(from + "/" + to);
    String years = from == to ? Integer.toString(from) : from + "-" + to;
    return new ExternalMeasure(
        key,
        bloc + "'s share of " + importer + "'s " + area + " imports, " + years + " (trade data)",
        Math.round(share * 10) / 10.0,
        "%",
        asOf,
        "dependency analysis of the flows in "
            + where
            + ": techsov dependency --importer "
            + importer
            + " --area "
            + area
            + " --bloc "
            + bloc
            + " --from "
            + from
            + " --to "
            + to
            + " --bloc-date "
            + blocDate);
  }
}
