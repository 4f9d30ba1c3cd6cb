package org.techsov.server.api;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.DependencyTable;

/** The dependency rows as CSV, with the columns of {@code techsov dependency --format csv}. */
final class DependencyCsv {
  private DependencyCsv() {}

  static String write(DependencyQuery q, List<DependencyRow> rows) {
    StringWriter sw = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().build((Writer) sw)) {
      w.writeRecord(DependencyTable.header(q));
      for (DependencyRow r : rows) {
        w.writeRecord(DependencyTable.row(q, r));
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return sw.toString();
  }
}
