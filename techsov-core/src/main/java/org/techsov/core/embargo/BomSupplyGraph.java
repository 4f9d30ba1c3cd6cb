package org.techsov.core.embargo;

import java.util.List;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.bom.Operation;
import org.techsov.core.bom.Substitute;
import org.techsov.core.reference.CountryCode;

/**
 * Turns bills of materials into a supplier graph. Each item becomes a part (the end product a
 * product) available through any of its sources: the primary source (its manufacturer in its
 * country of origin, needing every component and every operation listed on the item, each in its
 * own country) and one source per qualified substitute (its manufacturer in its origin, usable from
 * its qualification date). Unqualified substitutes never rescue a part and are left out.
 *
 * <p>Labels are {@code bomId/partNumber} for parts, {@code bomId/partNumber <- manufacturer
 * (COUNTRY)} for sources and {@code bomId/partNumber: operation} for operations. Values are in the
 * currency table's base; a product's value is its unit value times its annual volume.
 */
public final class BomSupplyGraph {
  private BomSupplyGraph() {}

  public static SupplierGraph of(List<Bom> boms, CurrencyTable currencies) {
    int expected = 0;
    for (Bom b : boms) {
      expected += b.size() * 3;
    }
    SupplierGraphBuilder g = new SupplierGraphBuilder(expected);
    for (Bom bom : boms) {
      add(g, bom, currencies);
    }
    return g.build();
  }

  private static void add(SupplierGraphBuilder g, Bom bom, CurrencyTable currencies) {
    String prefix = bom.header().id() + "/";
    int[] node = new int[bom.size()];
    for (int i = 0; i < bom.size(); i++) {
      BomItem item = bom.item(i);
      double unit = item.unitValue() * currencies.rate(item.currency());
      boolean product = i == bom.root();
      node[i] =
          g.add(
              product ? NodeKind.PRODUCT : NodeKind.PART,
              Gate.ANY,
              prefix + item.partNumber(),
              -1,
              -1,
              product ? unit * bom.header().annualVolume() : unit);
    }
    for (int i = 0; i < bom.size(); i++) {
      BomItem item = bom.item(i);
      String label = prefix + item.partNumber();
      int primary = source(g, label, item.manufacturer(), item.origin());
      g.needs(node[i], primary);
      for (int e = bom.childStart(i); e < bom.childEnd(i); e++) {
        g.needs(primary, node[bom.child(e)]);
      }
      for (Operation op : item.operations()) {
        int o =
            g.add(
                NodeKind.OPERATION,
                Gate.ALL,
                label + ": " + op.type(),
                g.country(op.country()),
                -1,
                0);
        g.needs(primary, o);
      }
      for (Substitute s : item.substitutes()) {
        if (s.qualified()) {
          int alt = source(g, label + " alt " + s.partNumber(), s.manufacturer(), s.origin());
          g.availableFrom(alt, s.qualifiedFrom());
          g.needs(node[i], alt);
        }
      }
    }
  }

  private static int source(SupplierGraphBuilder g, String part, String supplier, CountryCode c) {
    String name = supplier == null || supplier.isBlank() ? "" : supplier.trim();
    String shown = name.isEmpty() ? "unnamed supplier" : name;
    String where = c == null ? "origin undetermined" : c.alpha3();
    String label = part + " <- " + shown + " (" + where + ")";
    return g.add(NodeKind.SOURCE, Gate.ALL, label, g.country(c), g.supplier(name), 0);
  }
}
