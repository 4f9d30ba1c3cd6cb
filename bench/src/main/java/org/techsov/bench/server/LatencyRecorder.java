package org.techsov.bench.server;

import java.util.Arrays;

/** Latencies of one endpoint, in nanoseconds, from one client thread; merged after the run. */
final class LatencyRecorder {
  private long[] values = new long[1024];
  private int size;
  long errors;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  void addAll(LatencyRecorder other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
    errors += other.errors;
  }

  int count() {
    return size;
  }

  /** The {@code q}-quantile (0-1) in milliseconds, nearest rank. */
  double millis(double q) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
  }
}
