package org.techsov.engine.dependency;

import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.GroupLevel;

/**
 * The flattened output of the dependency analysis, one row per importer, product group and year:
 * {@code year, importer, level, product_group, group_name, import_value_usd, suppliers, hhi,
 * equivalent_suppliers, top<r>_supplier, top<r>_share, share_<bloc>} and, with a baseline, {@code
 * baseline_year, baseline_value_usd, value_change, baseline_hhi, hhi_change,
 * baseline_share_<bloc>}. Shares are 0-1; changes are relative (value) or absolute (HHI).
 */
final class FlatColumns {
  private FlatColumns() {}

  static String select(DependencyQuery q, String sql) {
    StringBuilder s = new StringBuilder("SELECT year, importer, '");
    s.append(q.level().name().toLowerCase(java.util.Locale.ROOT)).append("' AS level, ");
    s.append(groupText(q.level())).append(" AS product_group, group_name,");
    s.append(" total AS import_value_usd,");
    s.append(" suppliers, hhi, 1.0 / hhi AS equivalent_suppliers");
    for (int k = 1; k <= q.topSuppliers(); k++) {
      s.append(", top_").append(k).append(" AS top").append(k).append("_supplier");
      s.append(", top_").append(k).append("_value / total AS top").append(k).append("_share");
    }
    for (int b = 0; b < q.blocs().size(); b++) {
      s.append(", bloc_").append(b).append(" / total AS ").append(column(q.blocs().get(b)));
    }
    if (q.baselineYear().isPresent()) {
      s.append(", ").append(q.baselineYear().getAsInt()).append(" AS baseline_year");
      s.append(", base_total AS baseline_value_usd,");
      s.append(" CASE WHEN base_total > 0 THEN total / base_total - 1 END AS value_change,");
      s.append(" base_hhi AS baseline_hhi, hhi - base_hhi AS hhi_change");
      for (int b = 0; b < q.blocs().size(); b++) {
        s.append(", CASE WHEN base_total > 0 THEN base_bloc_")
            .append(b)
            .append(" / base_total END AS baseline_")
            .append(column(q.blocs().get(b)));
      }
    }
    return s.append(" FROM (").append(sql).append(") r").toString();
  }

  private static String groupText(GroupLevel level) {
    return switch (level) {
      case AREA -> "grp";
      case HS6 -> "lpad(CAST(grp AS VARCHAR), 6, '0')";
      case HS4 -> "lpad(CAST(grp AS VARCHAR), 4, '0')";
      case HS2 -> "lpad(CAST(grp AS VARCHAR), 2, '0')";
    };
  }

  static String column(String bloc) {
    return "share_" + bloc.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }
}
