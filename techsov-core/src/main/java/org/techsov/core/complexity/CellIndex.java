package org.techsov.core.complexity;

import java.util.Arrays;

/**
 * An open-addressing map from a packed (country, product) key to a cell number, without an object
 * per entry.
 */
final class CellIndex {
  private long[] keys = new long[2048];
  private int[] cells = new int[2048];
  private int size;

  CellIndex() {
    Arrays.fill(cells, -1);
  }

  /** The cell stored under {@code key}, or -1 after storing {@code cell} under it. */
  int putIfAbsent(long key, int cell) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (cells[i] < 0) {
        keys[i] = key;
        cells[i] = cell;
        if (++size * 2 > keys.length) {
          grow();
        }
        return -1;
      }
      if (keys[i] == key) {
        return cells[i];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCells = cells;
    keys = new long[oldKeys.length * 2];
    cells = new int[oldCells.length * 2];
    Arrays.fill(cells, -1);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldCells[j] >= 0) {
        int i = slot(oldKeys[j], mask);
        while (cells[i] >= 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        cells[i] = oldCells[j];
      }
    }
  }
}
