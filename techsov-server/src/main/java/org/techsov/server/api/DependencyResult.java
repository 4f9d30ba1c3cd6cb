package org.techsov.server.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.techsov.core.dependency.BlocShare;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;

/**
 * The dependency analysis as JSON: the query's bloc date, how to reproduce the result, and one row
 * per importer, product group and year. Values in current US dollars; shares and HHI 0-1; figures
 * that are undefined (no imports) are absent.
 *
 * @param blocDate the date bloc membership is taken at
 * @param reproduce the command and addresses that give the same result
 * @param rows the rows, by importer, group, year
 */
public record DependencyResult(String blocDate, Reproduce reproduce, List<Row> rows) {
  /**
   * How to get the same figures elsewhere.
   *
   * @param cli the command line
   * @param api the JSON address
   * @param csv the CSV address
   */
  public record Reproduce(String cli, String api, String csv) {}

  /** A supplier's part. */
  public record Supplier(String supplier, double valueUsd, double share) {}

  /** One row; see {@link DependencyRow}. */
  public record Row(
      int year,
      String importer,
      String level,
      String productGroup,
      String groupName,
      Double importValueUsd,
      int suppliers,
      Double hhi,
      Double equivalentSuppliers,
      List<Supplier> topSuppliers,
      Map<String, Double> blocShares,
      Map<String, Object> baseline) {}

  static DependencyResult of(DependencyQuery q, List<DependencyRow> rows, Reproduce reproduce) {
    List<Row> out = new ArrayList<>();
    for (DependencyRow r : rows) {
      List<Supplier> top = new ArrayList<>();
      r.topSuppliers()
          .forEach(s -> top.add(new Supplier(s.supplier().alpha3(), s.valueUsd(), s.share())));
      Map<String, Object> base = null;
      if (r.baseline().isPresent()) {
        var b = r.baseline().get();
        base = new LinkedHashMap<>();
        base.put("year", b.year());
        base.put("importValueUsd", b.importValueUsd());
        base.put("valueChange", finite(r.valueChangeVsBaseline()));
        base.put("hhi", finite(b.hhi()));
        base.put("blocShares", blocs(b.blocShares()));
      }
      out.add(
          new Row(
              r.year(),
              r.importer().alpha3(),
              r.group().level().name().toLowerCase(Locale.ROOT),
              r.group().code(),
              r.groupName(),
              finite(r.importValueUsd()),
              r.supplierCount(),
              finite(r.hhi()),
              finite(r.equivalentSuppliers()),
              top,
              blocs(r.blocShares()),
              base));
    }
    return new DependencyResult(q.blocDate().toString(), reproduce, out);
  }

  private static Map<String, Double> blocs(List<BlocShare> shares) {
    Map<String, Double> m = new LinkedHashMap<>();
    shares.forEach(b -> m.put(b.bloc(), finite(b.share())));
    return m;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
