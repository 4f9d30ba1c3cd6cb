package org.techsov.cli.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.util.List;
import org.techsov.core.circumvention.CircumventionTables;
import org.techsov.core.circumvention.ProvenanceQuery;
import org.techsov.core.circumvention.ProvenanceRow;

/** Renders shipment provenance as a table, CSV or JSON. */
public final class ProvenanceOutput {
  private ProvenanceOutput() {}

  public static String render(String format, ProvenanceQuery q, List<ProvenanceRow> rows) {
    return switch (format) {
      case "table" -> OutputSink.text(out -> table(q, rows, out));
      case "csv" -> OutputSink.csv(w -> csv(rows, w));
      case "json" -> json(q, rows);
      default -> throw OutputFormat.unknown(format);
    };
  }

  private static void table(ProvenanceQuery q, List<ProvenanceRow> rows, PrintWriter out) {
    out.printf(
        "Shipments to %s%s by dispatch country; %s brand = brand owner headquartered in %s%n",
        q.destination(),
        q.goods().isEmpty() ? "" : " of " + String.join(", ", q.goods()),
        q.bloc(),
        q.bloc());
    TextTable t =
        new TextTable(
            "period",
            "dispatch",
            "shipments",
            "value",
            q.bloc() + " brand",
            "share",
            "made outside " + q.bloc(),
            "brand unknown");
    for (ProvenanceRow r : rows) {
      t.row(
          r.period(),
          r.dispatch(),
          r.shipments(),
          TextTable.usd(r.value()),
          TextTable.usd(r.blocBrand()),
          TextTable.pct(r.blocBrandShare()),
          TextTable.usd(r.blocBrandMadeOutside()),
          TextTable.usd(r.unknownBrand()));
    }
    t.print(out);
  }

  private static void csv(List<ProvenanceRow> rows, CsvWriter w) {
    CircumventionTables.Table t = CircumventionTables.provenance(rows);
    w.writeRecord(t.header());
    for (List<String> row : t.rows()) {
      w.writeRecord(row);
    }
  }

  private static String json(ProvenanceQuery q, List<ProvenanceRow> rows) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("destination", q.destination().alpha3());
    root.put("bloc", q.bloc());
    ArrayNode arr = root.putArray("rows");
    for (ProvenanceRow r : rows) {
      arr.addObject()
          .put("period", r.period())
          .put("dispatch", r.dispatch())
          .put("shipments", r.shipments())
          .put("valueUsd", r.value())
          .put("blocBrandUsd", r.blocBrand())
          .put("blocBrandMadeOutsideUsd", r.blocBrandMadeOutside())
          .put("unknownBrandUsd", r.unknownBrand());
    }
    return CircumventionOutput.write(root);
  }
}
