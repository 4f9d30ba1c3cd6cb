package org.techsov.ingest.bom;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomEdge;
import org.techsov.core.bom.BomHeader;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.Operation;
import org.techsov.core.bom.Substitute;
import org.techsov.core.bom.Valuation;
import org.techsov.ingest.yaml.YamlDocument;
import org.techsov.ingest.yaml.YamlNode;

/**
 * Reads a bill of materials in YAML (see {@code docs/formats/bom.md}): a {@code bom} header, a list
 * of {@code items} each naming its {@code parent} and {@code quantity}, and optional extra {@code
 * edges} for items used by several parents. Every error names the file, line and field.
 */
public final class BomYamlReader {
  private BomYamlReader() {}

  /**
   * Reads and validates a bill.
   *
   * @param file the name used in messages
   */
  public static Bom read(Reader reader, String file) {
    YamlNode root = YamlDocument.parse(reader, file).allowOnly("bom", "items", "edges");
    YamlNode head = root.require("bom");
    head.allowOnly(
        "id", "name", "product", "currency", "attestations", "valuation", "annual_volume", "note");
    String currency =
        BomFields.currency(
            head.require("currency").text(), head.require("currency").location(), "currency");
    List<BomItem> items = new ArrayList<>();
    List<BomEdge> edges = new ArrayList<>();
    for (YamlNode n : root.require("items").elements()) {
      items.add(item(n, currency));
      if (n.has("parent")) {
        YamlNode parent = n.require("parent");
        double q = n.has("quantity") ? quantity(n.require("quantity")) : 1;
        edges.add(new BomEdge(parent.text(), n.require("part").text(), q, parent.location()));
      } else if (n.has("quantity")) {
        throw n.require("quantity").error("a quantity needs a parent");
      }
    }
    for (YamlNode e : root.list("edges")) {
      e.allowOnly("parent", "part", "quantity");
      double q = e.has("quantity") ? quantity(e.require("quantity")) : 1;
      YamlNode parent = e.require("parent");
      edges.add(new BomEdge(parent.text(), e.require("part").text(), q, parent.location()));
    }
    return Bom.of(header(head, currency), items, edges);
  }

  private static BomHeader header(YamlNode h, String currency) {
    Set<String> attestations = new LinkedHashSet<>();
    h.list("attestations").forEach(a -> attestations.add(a.text()));
    Valuation valuation = Valuation.none();
    YamlNode v = h.get("valuation");
    if (v != null) {
      v.allowOnly("transaction_value", "net_cost");
      valuation = new Valuation(positive(v, "transaction_value"), positive(v, "net_cost"));
    }
    double volume = h.number("annual_volume", 1);
    if (!(volume > 0)) {
      throw h.require("annual_volume").error("must be > 0");
    }
    String id = h.require("id").text();
    return new BomHeader(
        id,
        h.text("name", id),
        h.require("product").text(),
        currency,
        attestations,
        valuation,
        volume,
        h.location());
  }

  private static Double positive(YamlNode map, String key) {
    YamlNode n = map.get(key);
    if (n == null) {
      return null;
    }
    double d = n.number();
    if (!(d > 0)) {
      throw n.error("must be > 0");
    }
    return d;
  }

  private static double quantity(YamlNode q) {
    return BomFields.nonNegative(q.text(), q.location(), "quantity");
  }

  private static BomItem item(YamlNode n, String defaultCurrency) {
    n.allowOnly(
        "part",
        "parent",
        "quantity",
        "description",
        "hs",
        "manufacturer",
        "origin",
        "unit_value",
        "currency",
        "operations",
        "substitutes");
    YamlNode value = n.require("unit_value");
    YamlNode ccy = n.get("currency");
    YamlNode origin = n.get("origin");
    YamlNode hs = n.get("hs");
    List<Operation> ops = new ArrayList<>();
    for (YamlNode o : n.list("operations")) {
      ops.add(operation(o));
    }
    List<Substitute> subs = new ArrayList<>();
    for (YamlNode s : n.list("substitutes")) {
      subs.add(substitute(s));
    }
    return new BomItem(
        n.require("part").text(),
        n.text("description", ""),
        hs == null ? null : BomFields.hs(hs.text(), hs.location(), "hs"),
        n.text("manufacturer", ""),
        origin == null ? null : BomFields.country(origin.text(), origin.location(), "origin"),
        BomFields.nonNegative(value.text(), value.location(), "unit_value"),
        ccy == null ? defaultCurrency : BomFields.currency(ccy.text(), ccy.location(), "currency"),
        ops,
        subs,
        n.location());
  }

  private static Operation operation(YamlNode o) {
    o.allowOnly("type", "country", "value_added");
    YamlNode type = o.require("type");
    YamlNode country = o.require("country");
    YamlNode added = o.get("value_added");
    return new Operation(
        BomFields.operationType(type.text(), type.location(), "type"),
        BomFields.requiredCountry(country.text(), country.location(), "country"),
        added == null ? 0 : BomFields.nonNegative(added.text(), added.location(), "value_added"));
  }

  private static Substitute substitute(YamlNode s) {
    s.allowOnly("part", "manufacturer", "origin", "qualified", "qualified_from");
    YamlNode origin = s.require("origin");
    return new Substitute(
        s.require("part").text(),
        s.text("manufacturer", ""),
        BomFields.requiredCountry(origin.text(), origin.location(), "origin"),
        s.bool("qualified", false),
        s.date("qualified_from"));
  }
}
