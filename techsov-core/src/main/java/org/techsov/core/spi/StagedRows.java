package org.techsov.core.spi;

import java.util.List;

/**
 * What the store holds of a row-by-row import before it commits.
 *
 * @param stored rows kept
 * @param rejects rows removed by the rules that span rows, in line order
 * @param years calendar years of the kept rows
 * @param notCounted kept rows that are never summed: aggregates, subsets, rows overlapped by finer
 *     rows of the same cell, rows of a source that another source supersedes
 * @param note what else happened (rows of an earlier import replaced, months missing)
 */
public record StagedRows(
    long stored, List<LineReject> rejects, List<Integer> years, long notCounted, String note) {
  public StagedRows {
    rejects = List.copyOf(rejects);
    years = List.copyOf(years);
    note = note == null ? "" : note;
  }
}
