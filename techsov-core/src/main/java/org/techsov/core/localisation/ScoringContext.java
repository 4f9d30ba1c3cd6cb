package org.techsov.core.localisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.bom.Operation;
import org.techsov.core.bom.SourceLocation;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;

/**
 * What every scoring step needs, computed once per scoring in linear time: item values in the base
 * currency, extended quantities, which items are made in the territory, and where each operation
 * type occurs.
 */
final class ScoringContext {
  final Bom bom;
  final RuleSetVersion rules;
  final LocalDate date;
  final String currency;
  final double[] value;
  final double[] extended;
  final boolean[] domestic;
  private final boolean explain;
  private final List<Explanation> lines = new ArrayList<>();
  private Map<String, List<Integer>> itemsByOperation;

  ScoringContext(Bom bom, RuleSetVersion rules, LocalDate date, ScoringOptions options) {
    this.bom = bom;
    this.rules = rules;
    this.date = date;
    this.explain = options.explain();
    CurrencyTable table = options.currencies();
    this.currency = table.base();
    int n = bom.size();
    value = new double[n];
    domestic = new boolean[n];
    for (int i = 0; i < n; i++) {
      BomItem item = bom.item(i);
      value[i] = item.unitValue() * rate(table, item.currency(), item.source(), item);
      domestic[i] = inTerritory(item.origin());
    }
    extended = bom.extendedQuantities();
  }

  private static double rate(CurrencyTable t, String ccy, SourceLocation at, BomItem item) {
    if (!t.knows(ccy)) {
      throw TechsovException.invalidArgument(
          SourceLocation.describe(at, "part '" + item.partNumber() + "'", "currency")
              + ": no conversion rate from "
              + ccy
              + " to "
              + t.base()
              + " in the currency table");
    }
    return t.rate(ccy);
  }

  boolean inTerritory(CountryCode country) {
    return country != null && rules.territory().contains(country);
  }

  /** Converts an amount in the bill's own currency (the header's) to the base currency. */
  double headerAmount(double amount, CurrencyTable table) {
    return amount * table.rate(bom.header().currency());
  }

  OptionalDouble threshold() {
    return rules.threshold() == null ? OptionalDouble.empty() : rules.threshold().valueAt(date);
  }

  /** Items (by index) carrying an operation of this type, in item order. */
  List<Integer> itemsWith(String operation) {
    if (itemsByOperation == null) {
      itemsByOperation = new HashMap<>();
      for (int i = 0; i < bom.size(); i++) {
        for (Operation op : bom.item(i).operations()) {
          List<Integer> list = itemsByOperation.computeIfAbsent(op.type(), k -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != i) {
            list.add(i);
          }
        }
      }
    }
    return itemsByOperation.getOrDefault(operation, List.of());
  }

  String part(int i) {
    return bom.item(i).partNumber();
  }

  boolean explaining() {
    return explain;
  }

  void add(ExplanationKind kind, String subject, double amount, String reason) {
    if (explain) {
      lines.add(new Explanation(kind, subject, amount, reason));
    }
  }

  List<Explanation> lines() {
    return lines;
  }

  /** Text naming a country and whether it is in the territory. */
  String where(CountryCode country) {
    if (country == null) {
      return "origin undetermined";
    }
    return "made in " + country + (inTerritory(country) ? " (in the territory)" : " (outside)");
  }
}
