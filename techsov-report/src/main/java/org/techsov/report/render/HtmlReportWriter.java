package org.techsov.report.render;

import org.techsov.report.Block;
import org.techsov.report.CountryReport;
import org.techsov.report.Section;

/**
 * Writes a report as one self-contained HTML file: styles inline, charts as inline SVG, no script
 * and no external resource.
 */
public final class HtmlReportWriter {
  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
          + "max-width:960px;margin:2em auto;padding:0 1em;color:#222}"
          + "h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em;"
          + "page-break-before:always}table{border-collapse:collapse;margin:1em 0;font-size:.9em}"
          + "th,td{border:1px solid #ddd;padding:.3em .6em;text-align:left}th{background:#f3f3f3}"
          + "td.n{text-align:right}.sub{color:#555}figure{margin:1em 0}svg{max-width:100%;"
          + "height:auto}";

  private HtmlReportWriter() {}

  public static String write(CountryReport report) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(report.title()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(escape(report.title()))
        .append("</h1>\n<p class=\"sub\">")
        .append(escape(report.subtitle()))
        .append("</p>\n");
    int chart = 0;
    for (Section s : report.sections()) {
      h.append("<h2>").append(escape(s.title())).append("</h2>\n");
      for (Block b : s.blocks()) {
        if (b instanceof Block.Paragraph p) {
          h.append("<p>").append(escape(p.text())).append("</p>\n");
        } else if (b instanceof Block.Table t) {
          table(h, t);
        } else if (b instanceof Block.Chart c) {
          h.append("<figure>")
              .append(Charts.svg(c.spec(), 900, 420, "chart" + chart++))
              .append("</figure>\n");
        }
      }
    }
    return h.append("</body></html>\n").toString();
  }

  private static void table(StringBuilder h, Block.Table t) {
    h.append("<table><thead><tr>");
    t.head().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    for (var row : t.rows()) {
      h.append("<tr>");
      for (String c : row) {
        boolean numeric = c.matches("[-+]?[0-9][0-9,.]*( bn| m|%)?");
        h.append(numeric ? "<td class=\"n\">" : "<td>").append(escape(c)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
