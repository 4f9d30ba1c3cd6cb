package org.techsov.core.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;

/** A terse builder of bills of materials for tests: items in USD unless told otherwise. */
public final class TestBom {
  private final String product;
  private final List<BomItem> items = new ArrayList<>();
  private final List<BomEdge> edges = new ArrayList<>();
  private Set<String> attestations = Set.of();
  private Valuation valuation = Valuation.none();

  private TestBom(String product, String origin, double value) {
    this.product = product;
    items.add(BomItem.of(product, country(origin), value, "USD"));
  }

  /** Starts a bill whose end product is {@code product}. */
  public static TestBom product(String product, String origin, double value) {
    return new TestBom(product, origin, value);
  }

  /** Adds an item used {@code quantity} times by {@code parent}. */
  public TestBom part(String parent, String part, double quantity, String origin, double value) {
    items.add(BomItem.of(part, country(origin), value, "USD"));
    edges.add(BomEdge.of(parent, part, quantity));
    return this;
  }

  /** Adds an item with an HS code. */
  public TestBom part(
      String parent, String part, double quantity, String origin, double value, String hs) {
    items.add(
        new BomItem(part, "", new HsCode(hs), "", country(origin), value, "USD", null, null, null));
    edges.add(BomEdge.of(parent, part, quantity));
    return this;
  }

  /** Adds an edge between existing items. */
  public TestBom edge(String parent, String child, double quantity) {
    edges.add(BomEdge.of(parent, child, quantity));
    return this;
  }

  /** Adds an operation to an existing item. */
  public TestBom op(String part, String type, String country) {
    for (int i = 0; i < items.size(); i++) {
      BomItem it = items.get(i);
      if (it.partNumber().equals(part)) {
        List<Operation> ops = new ArrayList<>(it.operations());
        ops.add(new Operation(type, CountryCode.of(country), 0));
        items.set(i, it.withOperations(ops));
        return this;
      }
    }
    throw new IllegalArgumentException("no item " + part);
  }

  /** Adds a substitute to an existing item. */
  public TestBom substitute(String part, String alt, String origin, boolean qualified) {
    for (int i = 0; i < items.size(); i++) {
      BomItem it = items.get(i);
      if (it.partNumber().equals(part)) {
        List<Substitute> subs = new ArrayList<>(it.substitutes());
        subs.add(new Substitute(alt, alt + " maker", CountryCode.of(origin), qualified, null));
        items.set(i, it.withSubstitutes(subs));
        return this;
      }
    }
    throw new IllegalArgumentException("no item " + part);
  }

  public TestBom attest(String... ids) {
    attestations = Set.of(ids);
    return this;
  }

  public TestBom valuation(Double transactionValue, Double netCost) {
    valuation = new Valuation(transactionValue, netCost);
    return this;
  }

  public Bom build() {
    BomHeader h = new BomHeader(product, product, product, "USD", attestations, valuation, 1, null);
    return Bom.of(h, items, edges);
  }

  private static CountryCode country(String code) {
    return code == null ? null : CountryCode.of(code);
  }
}
