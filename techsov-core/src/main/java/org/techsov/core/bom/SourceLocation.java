package org.techsov.core.bom;

import java.util.Objects;

/**
 * Where a value came from in an input file, so that every validation message can name the line.
 * Readers supply it; a bill of materials built in code may leave it out ({@code null} in the
 * records that carry one).
 *
 * @param file the file name as the user gave it (never a resolved absolute path)
 * @param line 1-based line number, or 0 when unknown
 */
public record SourceLocation(String file, int line) {
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  /** A phrase naming the place and the field, e.g. {@code "bom.yaml line 12, field 'origin'"}. */
  public String describe(String field) {
    String where = line > 0 ? file + " line " + line : file;
    return field == null ? where : where + ", field '" + field + "'";
  }

  /** Same as {@link #describe(String)} for a location that may be {@code null}. */
  public static String describe(SourceLocation location, String subject, String field) {
    if (location != null) {
      return location.describe(field);
    }
    return field == null ? subject : subject + ", field '" + field + "'";
  }
}
