package org.techsov.core.circumvention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The circumvention results as tables of text cells, the same for every tabular output (the command
 * line's CSV and the API's), so that a download and a command's output are the same file. Numbers:
 * empty for none, {@code inf} for a flow that is new after the sanction.
 */
public final class CircumventionTables {
  /** Column names and rows of cells. */
  public record Table(List<String> header, List<List<String>> rows) {
    public Table {
      header = List.copyOf(header);
      rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }
  }

  private CircumventionTables() {}

  /** Ranked routes, rank 1 first. */
  public static Table routes(List<Route> routes) {
    List<String> head =
        List.of(
            "rank",
            "origin",
            "hub",
            "target",
            "goods",
            "listed_products",
            "control_products",
            "bloc_hub_before_usd_month",
            "bloc_hub_after_usd_month",
            "bloc_hub_ratio",
            "bloc_hub_change_usd_month",
            "did",
            "did_low",
            "did_high",
            "ratio_low",
            "ratio_high",
            "p_value",
            "test",
            "q_value",
            "hub_target_before_usd_month",
            "hub_target_after_usd_month",
            "bloc_target_before_usd_month",
            "bloc_target_after_usd_month",
            "comovement",
            "lag",
            "unit_value_bloc_hub_before",
            "unit_value_bloc_hub_after",
            "unit_value_hub_target_after",
            "flagged",
            "significant",
            "evidence");
    List<List<String>> rows = new ArrayList<>();
    int rank = 1;
    for (Route x : routes) {
      rows.add(
          Arrays.asList(
              Integer.toString(rank++),
              x.origin(),
              x.hub().alpha3(),
              x.target().alpha3(),
              x.group(),
              Integer.toString(x.listedProducts()),
              Integer.toString(x.controlProducts()),
              n(x.blocToHub().basePerMonth()),
              n(x.blocToHub().postPerMonth()),
              n(x.blocToHub().ratio()),
              n(x.blocToHub().increasePerMonth()),
              n(x.effect().did()),
              n(x.effect().didInterval().low()),
              n(x.effect().didInterval().high()),
              n(x.effect().ratioInterval().low()),
              n(x.effect().ratioInterval().high()),
              n(x.effect().pValue()),
              x.effect().test(),
              n(x.effect().qValue()),
              n(x.hubToTarget().basePerMonth()),
              n(x.hubToTarget().postPerMonth()),
              n(x.blocToTarget().basePerMonth()),
              n(x.blocToTarget().postPerMonth()),
              n(x.signature().correlation()),
              Integer.toString(x.signature().lag()),
              n(x.unitValues().blocToHubBase()),
              n(x.unitValues().blocToHubPost()),
              n(x.unitValues().hubToTargetPost()),
              Boolean.toString(x.flagged()),
              Boolean.toString(x.significant()),
              x.evidence()));
    }
    return new Table(head, rows);
  }

  /** One route month by month. */
  public static Table series(RouteSeries s) {
    List<String> head =
        List.of(
            "month",
            "phase",
            "origin",
            "hub",
            "target",
            "goods",
            "bloc_hub_usd",
            "hub_target_usd",
            "bloc_target_usd");
    List<List<String>> rows = new ArrayList<>();
    for (int m = s.firstMonth(); m <= s.lastMonth(); m++) {
      rows.add(
          Arrays.asList(
              Months.format(m),
              s.phase(m),
              s.origin(),
              s.hub(),
              s.target(),
              s.group(),
              n(s.blocToHub().get(m)),
              n(s.hubToTarget().get(m)),
              n(s.blocToTarget().get(m))));
    }
    return new Table(head, rows);
  }

  /** The links of a Sankey diagram. */
  public static Table sankey(Sankey s) {
    List<List<String>> rows = new ArrayList<>();
    for (Sankey.Link l : s.links()) {
      rows.add(
          Arrays.asList(
              l.source(),
              l.target(),
              Long.toString(Math.round(l.valueUsd())),
              String.join(";", l.groups()),
              s.months()));
    }
    return new Table(List.of("source", "target", "value_usd", "goods", "months"), rows);
  }

  /** Mirror gaps, six significant digits. */
  public static Table mirror(List<MirrorRow> gaps) {
    List<String> head =
        List.of(
            "partner",
            "goods",
            "exports_before_usd_month",
            "exports_after_usd_month",
            "imports_before_usd_month",
            "imports_after_usd_month",
            "pre_months",
            "gap_share_before_mean",
            "gap_share_before_sd",
            "gap_share_after",
            "z",
            "ghost_share_of_increase",
            "ghost_trade");
    List<List<String>> rows = new ArrayList<>();
    for (MirrorRow x : gaps) {
      MirrorGap g = x.gap();
      rows.add(
          Arrays.asList(
              x.partner().alpha3(),
              x.group(),
              g6(g.exports().basePerMonth()),
              g6(g.exports().postPerMonth()),
              g6(g.imports().basePerMonth()),
              g6(g.imports().postPerMonth()),
              Integer.toString(g.preMonths()),
              g6(g.preMean()),
              g6(g.preSd()),
              g6(g.postShare()),
              g6(g.z()),
              g6(g.ghostShareOfIncrease()),
              Boolean.toString(x.ghostTrade())));
    }
    return new Table(head, rows);
  }

  /** Shipments by period and dispatch country. */
  public static Table provenance(List<ProvenanceRow> provenance) {
    List<String> head =
        List.of(
            "period",
            "dispatch",
            "shipments",
            "value_usd",
            "bloc_brand_usd",
            "bloc_brand_made_outside_usd",
            "unknown_brand_usd");
    List<List<String>> rows = new ArrayList<>();
    for (ProvenanceRow r : provenance) {
      rows.add(
          Arrays.asList(
              r.period(),
              r.dispatch(),
              Long.toString(r.shipments()),
              Double.toString(r.value()),
              Double.toString(r.blocBrand()),
              Double.toString(r.blocBrandMadeOutside()),
              Double.toString(r.unknownBrand())));
    }
    return new Table(head, rows);
  }

  /** Empty for none, {@code inf} for a new flow, else the full double. */
  public static String n(double v) {
    return Double.isNaN(v)
        ? ""
        : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v);
  }

  private static String g6(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
  }
}
