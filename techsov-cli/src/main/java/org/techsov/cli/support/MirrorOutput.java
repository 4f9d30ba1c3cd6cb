package org.techsov.cli.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.util.List;
import org.techsov.core.circumvention.CircumventionTables;
import org.techsov.core.circumvention.MirrorGap;
import org.techsov.core.circumvention.MirrorResult;
import org.techsov.core.circumvention.MirrorRow;
import org.techsov.core.circumvention.Months;

/** Renders mirror comparisons as a table, CSV or JSON. */
public final class MirrorOutput {
  private MirrorOutput() {}

  public static String render(String format, MirrorResult r, int top) {
    List<MirrorRow> rows = top <= 0 ? r.rows() : r.rows().stream().limit(top).toList();
    return switch (format) {
      case "table" -> OutputSink.text(out -> table(r, rows, out));
      case "csv" -> OutputSink.csv(w -> csv(rows, w));
      case "json" -> json(r, rows);
      default -> throw OutputFormat.unknown(format);
    };
  }

  private static void table(MirrorResult r, List<MirrorRow> rows, PrintWriter out) {
    out.printf(
        "Mirror gaps of %s: %s's reported exports against the partners' reported imports, sanction %s%n",
        r.goods(), r.query().exporterLabel(), Months.format(r.query().sanctionMonth()));
    TextTable t =
        new TextTable(
            "partner",
            "goods",
            "exports before/mo",
            "exports after/mo",
            "imports after/mo",
            "gap before",
            "sd",
            "gap after",
            "z",
            "ghost share of rise",
            "");
    for (MirrorRow x : rows) {
      MirrorGap g = x.gap();
      t.row(
          x.partner(),
          x.group(),
          TextTable.usd(g.exports().basePerMonth()),
          TextTable.usd(g.exports().postPerMonth()),
          TextTable.usd(g.imports().postPerMonth()),
          TextTable.pct(g.preMean()),
          TextTable.pct(g.preSd()),
          TextTable.pct(g.postShare()),
          TextTable.num(g.z(), 1),
          TextTable.pct(g.ghostShareOfIncrease()),
          x.ghostTrade() ? "ghost trade" : "");
    }
    t.print(out);
    out.printf(
        "%d of %d partner-goods rows flagged; gap = (exports - imports / %.2f) / exports%n",
        r.rows().stream().filter(MirrorRow::ghostTrade).count(),
        r.rows().size(),
        r.query().cifFob());
    r.notes().forEach(n -> out.println("  " + n));
  }

  private static void csv(List<MirrorRow> rows, CsvWriter w) {
    CircumventionTables.Table t = CircumventionTables.mirror(rows);
    w.writeRecord(t.header());
    for (List<String> row : t.rows()) {
      w.writeRecord(row);
    }
  }

  private static String json(MirrorResult r, List<MirrorRow> rows) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("exporters", r.query().exporterLabel());
    root.put("sanctionMonth", Months.format(r.query().sanctionMonth()));
    root.put("goods", r.goods());
    root.put("cifFob", r.query().cifFob());
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    ArrayNode arr = root.putArray("rows");
    for (MirrorRow x : rows) {
      MirrorGap g = x.gap();
      ObjectNode o = arr.addObject();
      o.put("partner", x.partner().alpha3());
      o.put("goods", x.group());
      CircumventionOutput.num(o, "exportsBeforeUsdPerMonth", g.exports().basePerMonth());
      CircumventionOutput.num(o, "exportsAfterUsdPerMonth", g.exports().postPerMonth());
      CircumventionOutput.num(o, "importsBeforeUsdPerMonth", g.imports().basePerMonth());
      CircumventionOutput.num(o, "importsAfterUsdPerMonth", g.imports().postPerMonth());
      CircumventionOutput.num(o, "gapShareBeforeMean", g.preMean());
      CircumventionOutput.num(o, "gapShareBeforeSd", g.preSd());
      CircumventionOutput.num(o, "gapShareAfter", g.postShare());
      CircumventionOutput.num(o, "z", g.z());
      CircumventionOutput.num(o, "ghostShareOfIncrease", g.ghostShareOfIncrease());
      o.put("ghostTrade", x.ghostTrade());
    }
    return CircumventionOutput.write(root);
  }
}
