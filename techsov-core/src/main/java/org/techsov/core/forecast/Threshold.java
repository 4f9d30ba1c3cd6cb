package org.techsov.core.forecast;

/**
 * A level to be reached by a date, such as an official target.
 *
 * @param id identifier for reports
 * @param value the level, in the series' unit; for a falling share, the level to fall to
 * @param deadline decimal year by which it is to be reached
 */
public record Threshold(String id, double value, double deadline) {}
