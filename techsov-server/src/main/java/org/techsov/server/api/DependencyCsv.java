package org.techsov.server.api;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;

/** The dependency rows as CSV, with the columns of {@code techsov dependency --format csv}. */
final class DependencyCsv {
  private DependencyCsv() {}

  static String write(DependencyQuery q, List<DependencyRow> rows) {
    StringWriter sw = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().build((Writer) sw)) {
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
      w.writeRecord(head);
      for (DependencyRow r : rows) {
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
        w.writeRecord(c);
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return sw.toString();
  }
}
