package org.techsov.core.programme;

/**
 * Where figures come from: an article, a report, a dataset.
 *
 * @param id short identifier the figures cite, e.g. {@code fpri-2022}
 * @param title title as published (or a description when the source has none)
 * @param author author(s), or null when not named
 * @param publisher publisher or outlet; "not named in the file" when the source does not say
 * @param date publication date, or null when unknown
 * @param location URL, or a file path relative to the project's shared data
 */
public record Source(
    String id, String title, String author, String publisher, ReportedDate date, String location) {}
