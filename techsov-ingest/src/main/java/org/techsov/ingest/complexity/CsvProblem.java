package org.techsov.ingest.complexity;

/**
 * One bad row of a user-supplied CSV file.
 *
 * @param file the file's name as given
 * @param line physical line number, from 1 (the header is line 1)
 * @param field the column at fault, or empty when the row as a whole is
 * @param rawValue the field's text as read
 * @param reason what is wrong, in words
 */
public record CsvProblem(String file, long line, String field, String rawValue, String reason) {
  @Override
  public String toString() {
    return file
        + " line "
        + line
        + (field.isEmpty() ? "" : ", field " + field)
        + (rawValue.isEmpty() ? "" : " ('" + rawValue + "')")
        + ": "
        + reason;
  }
}
