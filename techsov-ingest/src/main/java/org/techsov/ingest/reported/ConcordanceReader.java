package org.techsov.ingest.reported;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.HsConcordance;
import org.techsov.core.reference.HsRevision;

/**
 * Reads an HS revision concordance in the layout of the Harvard Growth Lab's consolidation of the
 * UN Comtrade correlation tables ({@code code.after,code.before,Relationship,adjustment}, e.g.
 * {@code 880730,880330,n:1,2022 to 2017}; codes as integers without leading zeros). The file is
 * read where the user keeps it; techsov ships none.
 */
public final class ConcordanceReader {
  private static final Pattern STEP = Pattern.compile("(\\d{4}) to (\\d{4})");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private ConcordanceReader() {}

  public static HsConcordance read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "concordance not found: " + file);
    }
    List<HsConcordance.Pair> pairs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.replace("\"", "").startsWith("code.after,code.before")) {
        throw new TechsovException(
            ErrorCode.MALFORMED_FILE,
            file
                + " line 1: expected the header code.after,code.before,Relationship,adjustment,"
                + " found "
                + header);
      }
      long line = 1;
      for (String s; (s = r.readLine()) != null; ) {
        line++;
        pair(s.replace("\"", "").split(",", -1), file, line).ifPresent(pairs::add);
      }
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot read " + file + ": " + e, e);
    }
    if (pairs.isEmpty()) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE, file + ": no HS-to-HS pairs (adjustment 'YYYY to YYYY')");
    }
    return HsConcordance.of(pairs);
  }

  /** A pair between HS revisions; SITC links (1988 and before) are skipped. */
  private static Optional<HsConcordance.Pair> pair(String[] f, Path file, long line) {
    if (f.length < 4) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE, file + " line " + line + ": expected 4 fields");
    }
    Matcher m = STEP.matcher(f[3].strip());
    if (!m.matches()) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE,
          file + " line " + line + ", field adjustment ('" + f[3] + "'): expected 'YYYY to YYYY'");
    }
    Optional<HsRevision> newer = HsRevision.parse(m.group(1));
    Optional<HsRevision> older = HsRevision.parse(m.group(2));
    if (newer.isEmpty()
        || older.isEmpty()
        || !DIGITS.matcher(f[0]).matches()
        || !DIGITS.matcher(f[1]).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new HsConcordance.Pair(
            Integer.parseInt(f[0]),
            Integer.parseInt(f[1]),
            f[2].strip(),
            newer.get(),
            older.get()));
  }
}
