package org.techsov.core.spi;

/**
 * A row the store refused after it was read, found by a rule that spans rows (a duplicate key).
 *
 * @param line 1-based line of the row in its file
 * @param field the column at fault
 * @param reason what is wrong
 */
public record LineReject(long line, String field, String reason) {}
