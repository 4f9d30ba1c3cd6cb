package org.techsov.engine.dependency;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.GroupLevel;

/**
 * The dependency analysis, defined once as SQL over the canonical schema ({@code flow}, {@code
 * country}, {@code bloc_member}).
 *
 * <p>Per importer, product group and year: import value {@code T = sum(v_j)} over suppliers j,
 * supplier count, {@code HHI = sum(v_j^2) / T^2} (equal to the sum of squared shares), the top
 * suppliers by value (ties broken by the lower country key), the value from each bloc's members
 * (membership taken at the query's bloc date), and the same figures in the baseline year. Only
 * yearly flows ({@code month = 0}) with positive value count. Totals, HHI and bloc values are one
 * aggregate over the suppliers joined to a small per-country table of bloc flags; top suppliers
 * come from a window function, which every engine has and which measured faster on DuckDB than its
 * top-N aggregate.
 *
 * <p>Output columns, in order: {@code year, importer, grp, total, suppliers, hhi}, then for each
 * top rank r {@code top_r, top_r_value}, for each bloc b {@code bloc_b}, then {@code base_total,
 * base_hhi} and {@code base_bloc_b}, and last {@code group_name}.
 */
final class DependencySql {
  private final SqlDialect d;
  private final ResolvedQuery r;
  private final DependencyQuery q;

  DependencySql(SqlDialect dialect, ResolvedQuery resolved) {
    this.d = dialect;
    this.r = resolved;
    this.q = resolved.query();
  }

  String build() {
    List<String> ctes = new ArrayList<>();
    ctes.add("base AS (" + base() + ")");
    ctes.add("members AS (" + members() + ")");
    ctes.add("ex AS (" + exporters() + ")");
    ctes.add("agg AS (" + aggregate() + ")");
    if (q.topSuppliers() > 0) {
      ctes.addAll(top());
    }
    return "WITH "
        + String.join(", ", ctes)
        + " SELECT "
        + select()
        + " FROM agg a JOIN country ci ON ci.key = a.importer"
        + (q.topSuppliers() > 0
            ? " LEFT JOIN top t ON t.year = a.year AND t.importer = a.importer AND t.grp = a.grp"
            : "")
        + baselineJoin()
        + nameJoin()
        + " WHERE a.year BETWEEN "
        + q.fromYear()
        + " AND "
        + q.toYear()
        + " ORDER BY ci.code, a.grp, a.year";
  }

  /** Every country with its code and, per requested bloc, whether it is a member. */
  private String exporters() {
    StringBuilder cols = new StringBuilder("SELECT c.key, c.code");
    for (int b = 0; b < q.blocs().size(); b++) {
      cols.append(", c.key IN (SELECT country FROM members WHERE bloc = ")
          .append(d.string(q.blocs().get(b)))
          .append(") AS b")
          .append(b);
    }
    return cols + " FROM country c";
  }

  /** Totals, HHI and bloc values, in one pass over the suppliers. */
  private String aggregate() {
    StringBuilder s =
        new StringBuilder(
            "SELECT b.year, b.importer, b.grp, SUM(b.v) AS total, COUNT(*) AS suppliers,"
                + " SUM(b.v * b.v) / (SUM(b.v) * SUM(b.v)) AS hhi");
    for (int b = 0; b < q.blocs().size(); b++) {
      s.append(", SUM(CASE WHEN x.b").append(b).append(" THEN b.v ELSE 0 END) AS bloc_").append(b);
    }
    return s + " FROM base b JOIN ex x ON x.key = b.exporter GROUP BY b.year, b.importer, b.grp";
  }

  private String base() {
    String grp = groupExpression();
    String years = "f.year BETWEEN " + q.fromYear() + " AND " + q.toYear();
    if (q.baselineYear().isPresent()) {
      years = "(" + years + " OR f.year = " + q.baselineYear().getAsInt() + ")";
    }
    String where =
        " WHERE f.month = 0 AND f.value_usd > 0 AND " + years + importerFilter() + productFilter();
    if (q.level() == GroupLevel.AREA) {
      List<String> parts = new ArrayList<>();
      for (int divisor : new int[] {10000, 100, 1}) {
        String codes = areaValues(r.areaCodes(), divisor);
        if (!codes.isEmpty()) {
          parts.add(
              "SELECT f.year, f.importer, f.exporter, f.value_usd, ac.area AS grp FROM flow f"
                  + " JOIN (VALUES "
                  + codes
                  + ") ac(area, code_value) ON "
                  + d.intDiv("f.product", Integer.toString(divisor))
                  + " = ac.code_value"
                  + where);
        }
      }
      return "SELECT year, importer, grp, exporter, SUM(value_usd) AS v FROM ("
          + String.join(" UNION ALL ", parts)
          + ") x GROUP BY year, importer, grp, exporter";
    }
    if (q.level() == GroupLevel.HS6) {
      // the canonical schema holds one row per (year, month, exporter, importer, product):
      // at HS6 a supplier's value is its row, with nothing to add up
      return "SELECT f.year, f.importer, f.product AS grp, f.exporter, f.value_usd AS v"
          + " FROM flow f"
          + where;
    }
    return "SELECT f.year, f.importer, "
        + grp
        + " AS grp, f.exporter, SUM(f.value_usd) AS v"
        + " FROM flow f"
        + where
        + " GROUP BY f.year, f.importer, "
        + grp
        + ", f.exporter";
  }

  private String groupExpression() {
    return switch (q.level()) {
      case HS6 -> "f.product";
      case HS4 -> d.intDiv("f.product", "100");
      case HS2 -> d.intDiv("f.product", "10000");
      case AREA -> "ac.area";
    };
  }

  private static String areaValues(List<AreaCode> codes, int divisor) {
    return codes.stream()
        .filter(c -> c.divisor() == divisor)
        .map(c -> "('" + c.area().replace("'", "''") + "', " + c.value() + ")")
        .collect(Collectors.joining(", "));
  }

  private String importerFilter() {
    if (r.importerKeys().isEmpty()) {
      return "";
    }
    return " AND f.importer IN ("
        + r.importerKeys().stream().map(String::valueOf).collect(Collectors.joining(", "))
        + ")";
  }

  /** Products restricted by HS codes and, unless areas are the groups, by areas. */
  private String productFilter() {
    String out = codesPredicate(r.productCodes());
    if (q.level() != GroupLevel.AREA) {
      out += codesPredicate(r.areaCodes());
    }
    return out;
  }

  private String codesPredicate(List<AreaCode> codes) {
    if (codes.isEmpty()) {
      return "";
    }
    List<String> ors = new ArrayList<>();
    for (int divisor : new int[] {10000, 100, 1}) {
      String in =
          codes.stream()
              .filter(c -> c.divisor() == divisor)
              .map(c -> Integer.toString(c.value()))
              .distinct()
              .collect(Collectors.joining(", "));
      if (!in.isEmpty()) {
        String expr = divisor == 1 ? "f.product" : d.intDiv("f.product", Integer.toString(divisor));
        ors.add(expr + " IN (" + in + ")");
      }
    }
    return " AND (" + String.join(" OR ", ors) + ")";
  }

  /** The top suppliers per group, by a window over the suppliers (ties to the lower key). */
  private List<String> top() {
    int n = q.topSuppliers();
    StringBuilder cols = new StringBuilder();
    for (int k = 1; k <= n; k++) {
      cols.append(", MAX(CASE WHEN rn = ").append(k).append(" THEN c.code END) AS top_").append(k);
      cols.append(", MAX(CASE WHEN rn = ")
          .append(k)
          .append(" THEN v END) AS top_")
          .append(k)
          .append("_value");
    }
    return List.of(
        "ranked AS (SELECT year, importer, grp, exporter, v, ROW_NUMBER() OVER"
            + " (PARTITION BY year, importer, grp ORDER BY v DESC, exporter) AS rn FROM base)",
        "top AS (SELECT year, importer, grp"
            + cols
            + " FROM ranked r JOIN country c ON c.key = r.exporter WHERE rn <= "
            + n
            + " GROUP BY year, importer, grp)");
  }

  private String members() {
    if (q.blocs().isEmpty()) {
      return "SELECT bloc, country FROM bloc_member WHERE 1 = 0";
    }
    String ids = q.blocs().stream().map(d::string).collect(Collectors.joining(", "));
    String at = d.date(q.blocDate());
    return "SELECT DISTINCT bloc, country FROM bloc_member WHERE bloc IN ("
        + ids
        + ")"
        + " AND valid_from <= "
        + at
        + " AND (valid_until IS NULL OR valid_until > "
        + at
        + ")";
  }

  private String baselineJoin() {
    if (q.baselineYear().isEmpty()) {
      return "";
    }
    int y = q.baselineYear().getAsInt();
    return " LEFT JOIN agg bs ON bs.year = "
        + y
        + " AND bs.importer = a.importer AND bs.grp = a.grp";
  }

  /** Names: an area's, or an HS6 code's from the stored product dictionaries. */
  private String nameJoin() {
    return switch (q.level()) {
      case AREA -> " LEFT JOIN area gn ON gn.id = a.grp";
      case HS6 ->
          " LEFT JOIN (SELECT product, min(description) AS name FROM product_name GROUP BY product)"
              + " gn ON gn.product = a.grp";
      default -> "";
    };
  }

  private String groupName() {
    return q.level() == GroupLevel.HS2 || q.level() == GroupLevel.HS4
        ? "CAST(NULL AS VARCHAR)"
        : "gn.name";
  }

  private String select() {
    StringBuilder s =
        new StringBuilder("a.year, ci.code AS importer, a.grp, a.total, a.suppliers, a.hhi");
    for (int k = 1; k <= q.topSuppliers(); k++) {
      s.append(", t.top_").append(k).append(", t.top_").append(k).append("_value");
    }
    for (int b = 0; b < q.blocs().size(); b++) {
      s.append(", a.bloc_").append(b);
    }
    if (q.baselineYear().isPresent()) {
      s.append(", coalesce(bs.total, 0) AS base_total, bs.hhi AS base_hhi");
      for (int b = 0; b < q.blocs().size(); b++) {
        s.append(", coalesce(bs.bloc_").append(b).append(", 0) AS base_bloc_").append(b);
      }
    }
    s.append(", ").append(groupName()).append(" AS group_name");
    return s.toString();
  }
}
