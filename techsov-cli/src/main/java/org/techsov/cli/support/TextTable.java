package org.techsov.cli.support;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table with aligned columns; numeric-looking cells are right-aligned. */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... header) {
    this.header = List.of(header);
  }

  public TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c == null ? "" : c.toString());
    }
    rows.add(r);
    return this;
  }

  public void print(PrintWriter out) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], i < r.size() ? r.get(i).length() : 0);
      }
    }
    line(out, header, w);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    out.println(rule);
    for (List<String> r : rows) {
      line(out, r, w);
    }
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      String f = isNumeric(c) ? "%" + w[i] + "s" : "%-" + w[i] + "s";
      sb.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, f, c));
    }
    out.println(sb.toString().stripTrailing());
  }

  private static boolean isNumeric(String c) {
    return c.matches("[-+]?[0-9.,]+\\s*[%kMbnT]*( USD)?") && !c.isEmpty();
  }

  /** A US dollar amount with a scale suffix: 1.23 bn, 45.6 M, 789 k. */
  public static String usd(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1f M", v / 1e6);
    }
    if (a >= 1e3) {
      return String.format(Locale.ROOT, "%.0f k", v / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", v);
  }

  /** A 0-1 share as a percentage with one decimal, or an empty cell for NaN. */
  public static String pct(double share) {
    return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  public static String num(double v, int decimals) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
