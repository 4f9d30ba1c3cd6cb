package org.techsov.cli.support;

import java.io.PrintWriter;
import org.techsov.core.spi.ImportRecord;
import org.techsov.ingest.baci.ImportOutcome;

/** Prints what an import did: accounting, reject file, notes. */
public final class ImportReport {
  private ImportReport() {}

  public static void print(PrintWriter out, ImportOutcome o) {
    ImportRecord r = o.record();
    if (o.skipped()) {
      out.printf(
          "%s: already imported (import %d, %s); nothing to do (use --replace to import it again)%n",
          r.fileName(), r.id(), r.finishedAt());
      out.flush();
      return;
    }
    out.printf(
        "%s: read %,d = stored %,d + rejected %,d (import %d, %s, years %s)%n",
        r.fileName(),
        r.rowsRead(),
        r.rowsStored(),
        r.rowsRejected(),
        r.id(),
        r.source(),
        r.years());
    out.printf("  codes: %s%n", r.revision());
    if (!r.rejectFile().isEmpty()) {
      out.printf("  rejected rows and reasons: %s%n", r.rejectFile());
    }
    for (String note : r.note().split("; ")) {
      if (!note.isBlank()) {
        out.printf("  %s%n", note);
      }
    }
    out.flush();
  }
}
