package org.techsov.ingest.complexity;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * The bad rows of a file, collected so that one read reports all of them; the file is then refused
 * as a whole. The message lists the first {@value #LISTED} and counts the rest.
 */
final class CsvProblems {
  static final int LISTED = 1000;

  private final String file;
  private final List<CsvProblem> listed = new ArrayList<>();
  private long count;

  CsvProblems(String file) {
    this.file = file;
  }

  void add(long line, String field, String raw, String reason) {
    count++;
    if (listed.size() < LISTED) {
      listed.add(new CsvProblem(file, line, field, raw, reason));
    }
  }

  /** The number of bad rows so far. */
  long count() {
    return count;
  }

  /** Refuses the file when any row was bad, naming every bad row (up to the listing limit). */
  void throwIfAny() {
    if (count == 0) {
      return;
    }
    StringBuilder sb =
        new StringBuilder(file)
            .append(": ")
            .append(count)
            .append(count == 1 ? " bad row" : " bad rows")
            .append("; nothing was read");
    for (CsvProblem p : listed) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    if (count > listed.size()) {
      sb.append(System.lineSeparator())
          .append("  ... and ")
          .append(count - listed.size())
          .append(" more");
    }
    throw new TechsovException(ErrorCode.MALFORMED_FILE, sb.toString());
  }
}
