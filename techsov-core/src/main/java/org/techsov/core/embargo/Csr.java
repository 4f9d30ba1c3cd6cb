package org.techsov.core.embargo;

/**
 * Compressed sparse rows: the neighbours of row {@code r} are {@code targets[start[r]] ..
 * targets[start[r + 1] - 1]}. Built by a counting sort, in linear time.
 */
final class Csr {
  final int[] start;
  final int[] targets;

  private Csr(int[] start, int[] targets) {
    this.start = start;
    this.targets = targets;
  }

  /**
   * Rows {@code from[k]} get neighbour {@code to[k]}; rows with {@code from[k] < 0} are skipped.
   */
  static Csr of(int rows, IntList from, IntList to) {
    int[] start = new int[rows + 1];
    int m = 0;
    for (int k = 0; k < from.size(); k++) {
      if (from.get(k) >= 0) {
        start[from.get(k) + 1]++;
        m++;
      }
    }
    for (int r = 0; r < rows; r++) {
      start[r + 1] += start[r];
    }
    int[] fill = java.util.Arrays.copyOf(start, rows);
    int[] targets = new int[m];
    for (int k = 0; k < from.size(); k++) {
      if (from.get(k) >= 0) {
        targets[fill[from.get(k)]++] = to.get(k);
      }
    }
    return new Csr(start, targets);
  }

  int degree(int r) {
    return start[r + 1] - start[r];
  }
}
