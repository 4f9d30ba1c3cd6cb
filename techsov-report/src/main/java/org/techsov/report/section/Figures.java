package org.techsov.report.section;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.report.ReportRequest;

/** Number formats and the dependency queries the sections share. */
final class Figures {
  private Figures() {}

  static DependencyQuery byArea(ReportRequest r, int from, int to, int top) {
    return new DependencyQuery(
        List.of(r.country()),
        from,
        to,
        GroupLevel.AREA,
        r.areas(),
        List.of(),
        r.blocs(),
        r.blocDate(),
        OptionalInt.empty(),
        top);
  }

  static String usd(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    double a = Math.abs(v);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1f m", v / 1e6);
    }
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  static String pct(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : "";
  }

  static String num(double v, int decimals) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
  }
}
