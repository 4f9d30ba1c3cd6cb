package org.techsov.cli.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.Substitute;
import org.techsov.core.error.TechsovException;

/** Reads the bills of an embargo run and checks the suppliers it names against them. */
public final class EmbargoInputs {
  private static final int SHOWN = 8;

  private EmbargoInputs() {}

  /** The bills by name or path, each once; two bills with the same id are a user error. */
  public static List<Bom> bills(List<String> namesOrPaths) {
    Map<String, Bom> byId = new LinkedHashMap<>();
    Map<String, String> from = new LinkedHashMap<>();
    for (String n : namesOrPaths.stream().distinct().toList()) {
      Bom b = LocalisationInputs.bom(n);
      String id = b.header().id();
      if (byId.containsKey(id)) {
        throw TechsovException.invalidArgument(
            n + " and " + from.get(id) + " both have the bill id '" + id + "'; ids must differ");
      }
      byId.put(id, b);
      from.put(id, n);
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * The suppliers as the bills spell them (matching ignores case); a name no item or substitute has
   * is a user error listing some that exist.
   */
  public static Set<String> suppliers(List<Bom> bills, List<String> requested) {
    Map<String, String> known = new TreeMap<>();
    for (Bom b : bills) {
      for (BomItem item : b.items()) {
        add(known, item.manufacturer());
        item.substitutes().stream().map(Substitute::manufacturer).forEach(m -> add(known, m));
      }
    }
    Set<String> out = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    for (String r : requested) {
      String name = known.get(r.trim().toLowerCase(Locale.ROOT));
      if (name == null) {
        unknown.add("'" + r.trim() + "'");
      } else {
        out.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> some = known.values().stream().limit(SHOWN).toList();
      throw TechsovException.invalidArgument(
          "--suppliers: no item or substitute of the bills is made by "
              + String.join(", ", unknown)
              + " (the bills name "
              + known.size()
              + " suppliers, e.g. "
              + String.join("; ", some)
              + ")");
    }
    return out;
  }

  private static void add(Map<String, String> known, String name) {
    if (name != null && !name.isBlank()) {
      known.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), name.trim());
    }
  }
}
