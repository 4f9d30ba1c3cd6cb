package org.techsov.server.api;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.techsov.core.circumvention.CircumventionTables;
import org.techsov.core.circumvention.MirrorRow;
import org.techsov.core.circumvention.ProvenanceRow;
import org.techsov.core.circumvention.Route;
import org.techsov.core.circumvention.RouteSeries;
import org.techsov.core.circumvention.Sankey;
import org.techsov.server.http.ResultCache.Rendered;

/**
 * The circumvention results as CSV, with the columns and number formats of the command line's
 * {@code --format csv} (routes, a route's series, mirror gaps, provenance), so that a download from
 * the dashboard and the command's output are the same file.
 */
final class CircumventionCsv {
  private CircumventionCsv() {}

  static Rendered routes(List<Route> routes) {
    return write(CircumventionTables.routes(routes));
  }

  static Rendered series(RouteSeries s) {
    return write(CircumventionTables.series(s));
  }

  static Rendered sankey(Sankey s) {
    return write(CircumventionTables.sankey(s));
  }

  static Rendered mirror(List<MirrorRow> rows) {
    return write(CircumventionTables.mirror(rows));
  }

  static Rendered provenance(List<ProvenanceRow> rows) {
    return write(CircumventionTables.provenance(rows));
  }

  private static Rendered write(CircumventionTables.Table table) {
    return write(
        w -> {
          w.writeRecord(table.header());
          for (List<String> row : table.rows()) {
            w.writeRecord(row);
          }
        });
  }

  /** Writes records through {@code body}; an I/O failure of a string writer cannot happen. */
  private static Rendered write(CsvBody body) {
    StringWriter sw = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().build(sw)) {
      body.accept(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rendered("text/csv; charset=utf-8", sw.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Receives the writer. */
  @FunctionalInterface
  private interface CsvBody {
    void accept(CsvWriter w) throws IOException;
  }
}
