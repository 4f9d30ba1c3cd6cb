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
 * suppliers by value (ties broken by country key), the value from each bloc's members (membership
 * taken at the query's bloc date), and the same figures in the baseline year. Only yearly flows
 * ({@code month = 0}) with positive value count.
 *
 * <p>Output columns, in order: {@code year, importer, grp, total, suppliers, hhi}, then for each
 * top rank r {@code top_r, top_r_value}, for each bloc b {@code bloc_b}, then {@code base_total,
 * base_hhi} and {@code base_bloc_b}.
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
    return "WITH base AS ("
        + base()
        + "),"
        + " agg AS (SELECT year, importer, grp, SUM(v) AS total, COUNT(*) AS suppliers,"
        + " SUM(v * v) / (SUM(v) * SUM(v)) AS hhi FROM base GROUP BY year, importer, grp),"
        + top()
        + " members AS ("
        + members()
        + "),"
        + " blocs AS ("
        + blocs()
        + ")"
        + " SELECT "
        + select()
        + " FROM agg a JOIN country ci ON ci.key = a.importer"
        + (q.topSuppliers() > 0
            ? " LEFT JOIN top t ON t.year = a.year AND t.importer = a.importer AND t.grp = a.grp"
            : "")
        + " LEFT JOIN blocs bl ON bl.year = a.year AND bl.importer = a.importer AND bl.grp = a.grp"
        + baselineJoins()
        + " WHERE a.year BETWEEN "
        + q.fromYear()
        + " AND "
        + q.toYear()
        + " ORDER BY ci.code, a.grp, a.year";
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

  private String top() {
    int n = q.topSuppliers();
    if (n == 0) {
      return "";
    }
    StringBuilder cols = new StringBuilder();
    for (int k = 1; k <= n; k++) {
      cols.append(", MAX(CASE WHEN rn = ").append(k).append(" THEN c.code END) AS top_").append(k);
      cols.append(", MAX(CASE WHEN rn = ")
          .append(k)
          .append(" THEN v END) AS top_")
          .append(k)
          .append("_value");
    }
    return " ranked AS (SELECT year, importer, grp, exporter, v, ROW_NUMBER() OVER"
        + " (PARTITION BY year, importer, grp ORDER BY v DESC, exporter) AS rn FROM base),"
        + " top AS (SELECT year, importer, grp"
        + cols
        + " FROM ranked r JOIN country c"
        + " ON c.key = r.exporter WHERE rn <= "
        + n
        + " GROUP BY year, importer, grp),";
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

  private String blocs() {
    StringBuilder cols = new StringBuilder();
    for (int b = 0; b < q.blocs().size(); b++) {
      cols.append(", SUM(CASE WHEN m.bloc = ")
          .append(d.string(q.blocs().get(b)))
          .append(" THEN b.v ELSE 0 END) AS bloc_")
          .append(b);
    }
    return "SELECT b.year, b.importer, b.grp"
        + cols
        + " FROM base b JOIN members m"
        + " ON m.country = b.exporter GROUP BY b.year, b.importer, b.grp";
  }

  private String baselineJoins() {
    if (q.baselineYear().isEmpty()) {
      return "";
    }
    int y = q.baselineYear().getAsInt();
    return " LEFT JOIN agg bs ON bs.year = "
        + y
        + " AND bs.importer = a.importer AND bs.grp = a.grp"
        + " LEFT JOIN blocs bb ON bb.year = "
        + y
        + " AND bb.importer = a.importer AND bb.grp = a.grp";
  }

  private String select() {
    StringBuilder s =
        new StringBuilder("a.year, ci.code AS importer, a.grp, a.total, a.suppliers, a.hhi");
    for (int k = 1; k <= q.topSuppliers(); k++) {
      s.append(", t.top_").append(k).append(", t.top_").append(k).append("_value");
    }
    for (int b = 0; b < q.blocs().size(); b++) {
      s.append(", coalesce(bl.bloc_").append(b).append(", 0) AS bloc_").append(b);
    }
    if (q.baselineYear().isPresent()) {
      s.append(", coalesce(bs.total, 0) AS base_total, bs.hhi AS base_hhi");
      for (int b = 0; b < q.blocs().size(); b++) {
        s.append(", coalesce(bb.bloc_").append(b).append(", 0) AS base_bloc_").append(b);
      }
    }
    return s.toString();
  }
}
