package org.techsov.core.dependency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dependency rows flattened to text columns, the same for every tabular output (command-line CSV,
 * API CSV): {@code year, importer, level, product_group, group_name, import_value_usd, suppliers,
 * hhi, equivalent_suppliers}, then {@code top<k>_supplier, top<k>_share} for each requested top
 * supplier and {@code share_<bloc>} for each bloc. Numbers are written in full ({@link
 * Double#toString}); shares are 0-1; a missing top supplier is an empty cell.
 */
public final class DependencyTable {
  private DependencyTable() {}

  /** The column names for a query. */
  public static List<String> header(DependencyQuery q) {
    List<String> head =
        new ArrayList<>(
            List.of(
                "year",
                "importer",
                "level",
                "product_group",
                "group_name",
                "import_value_usd",
                "suppliers",
                "hhi",
                "equivalent_suppliers"));
    for (int k = 1; k <= q.topSuppliers(); k++) {
      head.add("top" + k + "_supplier");
      head.add("top" + k + "_share");
    }
    q.blocs().forEach(b -> head.add("share_" + b.toLowerCase(Locale.ROOT)));
    return head;
  }

  /** One row's cells, in the order of {@link #header}. */
  public static List<String> row(DependencyQuery q, DependencyRow r) {
    List<String> c = new ArrayList<>();
    c.add(Integer.toString(r.year()));
    c.add(r.importer().alpha3());
    c.add(r.group().level().name().toLowerCase(Locale.ROOT));
    c.add(r.group().code());
    c.add(r.groupName());
    c.add(Double.toString(r.importValueUsd()));
    c.add(Integer.toString(r.supplierCount()));
    c.add(Double.toString(r.hhi()));
    c.add(Double.toString(r.equivalentSuppliers()));
    for (int k = 0; k < q.topSuppliers(); k++) {
      boolean has = k < r.topSuppliers().size();
      c.add(has ? r.topSuppliers().get(k).supplier().alpha3() : "");
      c.add(has ? Double.toString(r.topSuppliers().get(k).share()) : "");
    }
    r.blocShares().forEach(b -> c.add(Double.toString(b.share())));
    return c;
  }
}
