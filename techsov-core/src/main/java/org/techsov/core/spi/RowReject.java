package org.techsov.core.spi;

/**
 * A parsed row that breaks a rule: unknown code, negative or non-finite value, duplicate key.
 *
 * @param ordinal 0-based position of the row among the rows the parser accepted, in file order
 * @param field column name
 * @param reason what is wrong (the raw value is taken from the line when it is located)
 * @param firstOrdinal for a duplicate key, the ordinal of the row that keeps the key; otherwise -1
 */
public record RowReject(long ordinal, String field, String reason, long firstOrdinal) {}
