package org.techsov.core.spi;

/**
 * A line the CSV parser could not turn into a row: wrong number of columns, a value that is not of
 * its column's type, a broken quote.
 *
 * @param line 1-based physical line number where the record starts
 * @param field column name, or empty when the problem is the whole line
 * @param rawValue the offending text, or empty
 * @param reason what is wrong
 * @param rawLine the line as read
 */
public record StructuralReject(
    long line, String field, String rawValue, String reason, String rawLine) {}
