package org.techsov.core.embargo;

import java.util.Arrays;

/** A growable array of ints, to build million-node graphs without boxing. */
final class IntList {
  private int[] data;
  private int size;

  IntList(int capacity) {
    data = new int[Math.max(4, capacity)];
  }

  void add(int value) {
    if (size == data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[size++] = value;
  }

  void set(int i, int value) {
    data[i] = value;
  }

  int get(int i) {
    return data[i];
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return Arrays.copyOf(data, size);
  }
}
