package org.techsov.core.programme;

/**
 * Who said something, when, and where it is recorded.
 *
 * @param speaker person or body, with role, e.g. "Dmitry Peskov, presidential representative for
 *     digital development"
 * @param on when it was said, or null if the source does not say
 * @param citation the source and the quoted words
 */
public record Attribution(String speaker, ReportedDate on, Citation citation) {}
