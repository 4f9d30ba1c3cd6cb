package org.techsov.core.programme;

/**
 * The source of a figure and the words that state it.
 *
 * @param source the {@link Source#id()} cited
 * @param quote a short quotation (or, for a dataset, the cell or heading) that states the figure
 */
public record Citation(String source, String quote) {}
