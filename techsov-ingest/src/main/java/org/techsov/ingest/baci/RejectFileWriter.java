package org.techsov.ingest.baci;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Writes rejected rows as CSV with columns {@code file,line,field,raw_value,reason,raw_line}. The
 * file is written beside its final name and moved into place, so a reader never sees half of it.
 */
public final class RejectFileWriter {
  public static final String[] COLUMNS = {
    "file", "line", "field", "raw_value", "reason", "raw_line"
  };

  private RejectFileWriter() {}

  public static void write(Path target, List<RejectedRow> rows) {
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (CsvWriter w = CsvWriter.builder().build(tmp)) {
        w.writeRecord(COLUMNS);
        for (RejectedRow r : rows) {
          w.writeRecord(
              r.file(), Long.toString(r.line()), r.field(), r.rawValue(), r.reason(), r.rawLine());
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot write the reject file " + target + ": " + e, e);
    }
  }
}
