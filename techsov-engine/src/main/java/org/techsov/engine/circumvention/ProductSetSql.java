package org.techsov.engine.circumvention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.techsov.core.circumvention.ProductSet;
import org.techsov.engine.dependency.SqlDialect;

/** A product set as a SQL predicate on an HS6 column (an integer: {@code 010121} is 10121). */
final class ProductSetSql {
  private ProductSetSql() {}

  /** {@code (col IN (...) OR col // 100 IN (...) OR col // 10000 IN (...))}, or FALSE if empty. */
  static String predicate(ProductSet set, String column, SqlDialect d) {
    List<String> ors = new ArrayList<>();
    for (int digits : new int[] {6, 4, 2}) {
      String in =
          set.entries().keySet().stream()
              .filter(c -> c.length() == digits)
              .map(c -> Integer.toString(Integer.parseInt(c)))
              .collect(Collectors.joining(", "));
      if (!in.isEmpty()) {
        String expr = digits == 6 ? column : d.intDiv(column, digits == 4 ? "100" : "10000");
        ors.add(expr + " IN (" + in + ")");
      }
    }
    return ors.isEmpty() ? "FALSE" : "(" + String.join(" OR ", ors) + ")";
  }

  /** The chapters as an IN list. */
  static String chapters(ProductSet set) {
    return set.chapters().stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  static String keys(java.util.Collection<Integer> keys) {
    return keys.isEmpty()
        ? "NULL"
        : keys.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** {@code VALUES (ym, base weight, post weight), ...} of the design's months. */
  static String weights(Map<Integer, double[]> w) {
    return w.entrySet().stream()
        .map(e -> "(" + e.getKey() + ", " + e.getValue()[0] + ", " + e.getValue()[1] + ")")
        .collect(Collectors.joining(", "));
  }
}
