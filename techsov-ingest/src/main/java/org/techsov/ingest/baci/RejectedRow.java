package org.techsov.ingest.baci;

/**
 * A row that was not stored, and why.
 *
 * @param file the input file's name
 * @param line 1-based line the row starts on
 * @param field the column at fault, or empty when it is the whole line
 * @param rawValue the offending text, or empty
 * @param reason what is wrong
 * @param rawLine the row as read
 */
public record RejectedRow(
    String file, long line, String field, String rawValue, String reason, String rawLine) {}
