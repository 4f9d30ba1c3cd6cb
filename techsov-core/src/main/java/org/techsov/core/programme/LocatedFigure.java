package org.techsov.core.programme;

/**
 * A figure with the name of the catalogue item that holds it.
 *
 * @param item as {@link ItemPath} names it
 * @param figure the figure
 */
public record LocatedFigure(String item, Figure figure) {}
