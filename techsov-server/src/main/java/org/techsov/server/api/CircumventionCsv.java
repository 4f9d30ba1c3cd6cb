package org.techsov.server.api;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.techsov.core.circumvention.MirrorGap;
import org.techsov.core.circumvention.MirrorRow;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.ProvenanceRow;
import org.techsov.core.circumvention.Route;
import org.techsov.core.circumvention.RouteSeries;
import org.techsov.core.circumvention.Sankey;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * The circumvention results as CSV, with the columns and number formats of the command line's
 * {@code --format csv} (routes, a route's series, mirror gaps, provenance), so that a download from
 * the dashboard and the command's output are the same file.
 */
final class CircumventionCsv {
  private CircumventionCsv() {}

  static Rendered routes(List<Route> routes) {
    return write(
        w -> {
          w.writeRecord(
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
          int rank = 1;
          for (Route x : routes) {
            w.writeRecord(
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
                x.evidence());
          }
        });
  }

  static Rendered series(RouteSeries s) {
    return write(
        w -> {
          w.writeRecord(
              "month",
              "phase",
              "origin",
              "hub",
              "target",
              "goods",
              "bloc_hub_usd",
              "hub_target_usd",
              "bloc_target_usd");
          for (int m = s.firstMonth(); m <= s.lastMonth(); m++) {
            w.writeRecord(
                Months.format(m),
                s.phase(m),
                s.origin(),
                s.hub(),
                s.target(),
                s.group(),
                n(s.blocToHub().get(m)),
                n(s.hubToTarget().get(m)),
                n(s.blocToTarget().get(m)));
          }
        });
  }

  static Rendered sankey(Sankey s) {
    return write(
        w -> {
          w.writeRecord("source", "target", "value_usd", "goods", "months");
          for (Sankey.Link l : s.links()) {
            w.writeRecord(
                l.source(),
                l.target(),
                Long.toString(Math.round(l.valueUsd())),
                String.join(";", l.groups()),
                s.months());
          }
        });
  }

  static Rendered mirror(List<MirrorRow> rows) {
    return write(
        w -> {
          w.writeRecord(
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
          for (MirrorRow x : rows) {
            MirrorGap g = x.gap();
            w.writeRecord(
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
                Boolean.toString(x.ghostTrade()));
          }
        });
  }

  static Rendered provenance(List<ProvenanceRow> rows) {
    return write(
        w -> {
          w.writeRecord(
              "period",
              "dispatch",
              "shipments",
              "value_usd",
              "bloc_brand_usd",
              "bloc_brand_made_outside_usd",
              "unknown_brand_usd");
          for (ProvenanceRow r : rows) {
            w.writeRecord(
                r.period(),
                r.dispatch(),
                Long.toString(r.shipments()),
                Double.toString(r.value()),
                Double.toString(r.blocBrand()),
                Double.toString(r.blocBrandMadeOutside()),
                Double.toString(r.unknownBrand()));
          }
        });
  }

  /** Writes records through {@code body}; an I/O failure of a string writer cannot happen. */
  private static Rendered write(CsvBody body) {
    StringWriter sw = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().build(sw)) {
      body.accept(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rendered("text/csv; charset=utf-8", sw.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Receives the writer. */
  @FunctionalInterface
  private interface CsvBody {
    void accept(CsvWriter w) throws IOException;
  }

  /** As the command line writes numbers: empty for none, {@code inf} for a new flow. */
  static String n(double v) {
    return Double.isNaN(v)
        ? ""
        : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v);
  }

  private static String g6(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
  }
}
