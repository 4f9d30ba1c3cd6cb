package org.techsov.core.bom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;

/**
 * Checks the items and edges of a bill of materials before it is indexed. Every message names the
 * file, line and field when the input came from a file, and the part otherwise.
 */
final class BomValidator {
  private BomValidator() {}

  /** Validates items and returns the index of each part number. */
  static Map<String, Integer> indexItems(BomHeader header, List<BomItem> items) {
    if (!IsoCodes.isKnownCurrency(header.currency())) {
      throw fail(header.source(), "bill " + header.id(), "currency", unknownCurrency(header));
    }
    Map<String, Integer> index = new HashMap<>(items.size() * 2);
    for (int i = 0; i < items.size(); i++) {
      BomItem item = items.get(i);
      checkItem(item);
      if (index.putIfAbsent(item.partNumber(), i) != null) {
        throw fail(item, "part", "duplicate part number '" + item.partNumber() + "'");
      }
    }
    if (!index.containsKey(header.product())) {
      throw fail(
          header.source(),
          "bill " + header.id(),
          "product",
          "the product '" + header.product() + "' is not among the items");
    }
    return index;
  }

  private static String unknownCurrency(BomHeader header) {
    return "unknown currency '" + header.currency() + "' (expected an ISO 4217 code, e.g. USD)";
  }

  private static void checkItem(BomItem item) {
    if (!(item.unitValue() >= 0) || Double.isInfinite(item.unitValue())) {
      throw fail(item, "unit_value", "unit value must be finite and >= 0, got " + item.unitValue());
    }
    if (!IsoCodes.isKnownCurrency(item.currency())) {
      throw fail(item, "currency", "unknown currency '" + item.currency() + "' (ISO 4217)");
    }
    checkCountry(item, item.origin(), "origin");
    for (Operation op : item.operations()) {
      checkCountry(item, op.country(), "operations.country");
    }
    for (Substitute s : item.substitutes()) {
      checkCountry(item, s.origin(), "substitutes.origin");
    }
  }

  private static void checkCountry(BomItem item, CountryCode code, String field) {
    if (code != null && !IsoCodes.isKnownCountry(code)) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_COUNTRY,
          where(item.source(), "part '" + item.partNumber() + "'", field)
              + ": unknown country '"
              + code
              + "' (expected an ISO 3166-1 alpha-3 code, e.g. RUS)");
    }
  }

  static void checkEdge(BomEdge edge, Map<String, Integer> index, String product) {
    if (!index.containsKey(edge.parent())) {
      throw fail(edge, "parent", "unknown parent '" + edge.parent() + "' (no item has it)");
    }
    if (!index.containsKey(edge.child())) {
      throw fail(edge, "part", "unknown part '" + edge.child() + "' (no item has it)");
    }
    if (!(edge.quantity() >= 0) || Double.isInfinite(edge.quantity())) {
      throw fail(edge, "quantity", "quantity must be finite and >= 0, got " + edge.quantity());
    }
    if (edge.child().equals(product)) {
      throw fail(edge, "parent", "the product '" + product + "' cannot be a component");
    }
  }

  /** Finds a cycle among nodes left unordered by the topological sort and reports it. */
  static TechsovException cycle(
      List<BomItem> items,
      Map<String, Integer> index,
      List<List<BomEdge>> parentEdges,
      boolean[] ordered) {
    int start = -1;
    for (int i = 0; i < ordered.length && start < 0; i++) {
      if (!ordered[i]) {
        start = i;
      }
    }
    // every unordered node has an unordered parent, so walking up parents must revisit a node
    Map<Integer, Integer> seenAt = new HashMap<>();
    List<Integer> path = new ArrayList<>();
    List<BomEdge> via = new ArrayList<>();
    int node = start;
    while (!seenAt.containsKey(node)) {
      seenAt.put(node, path.size());
      path.add(node);
      BomEdge up = null;
      for (BomEdge e : parentEdges.get(node)) {
        if (!ordered[index.get(e.parent())]) {
          up = e;
          break;
        }
      }
      via.add(up);
      node = index.get(up.parent());
    }
    int from = seenAt.get(node);
    StringBuilder text = new StringBuilder();
    for (int i = path.size() - 1; i >= from; i--) {
      text.append(items.get(path.get(i)).partNumber()).append(" -> ");
    }
    text.append(items.get(path.get(path.size() - 1)).partNumber());
    BomEdge edge = via.get(path.size() - 1);
    return fail(edge, "parent", "cycle " + text);
  }

  static TechsovException orphan(BomItem item, String product) {
    return fail(
        item,
        "parent",
        "part '" + item.partNumber() + "' has no parent and is not the product '" + product + "'");
  }

  private static TechsovException fail(BomItem item, String field, String problem) {
    return fail(item.source(), "part '" + item.partNumber() + "'", field, problem);
  }

  private static TechsovException fail(BomEdge edge, String field, String problem) {
    return fail(edge.source(), "edge " + edge.parent() + " -> " + edge.child(), field, problem);
  }

  private static TechsovException fail(
      SourceLocation source, String subject, String field, String problem) {
    ErrorCode code = source == null ? ErrorCode.INVALID_ARGUMENT : ErrorCode.MALFORMED_FILE;
    return new TechsovException(code, where(source, subject, field) + ": " + problem);
  }

  private static String where(SourceLocation source, String subject, String field) {
    return SourceLocation.describe(source, subject, field);
  }
}
