package org.techsov.core.spi;

/**
 * Receives progress of long work. Implementations must be cheap and thread-safe: they may be called
 * from a polling thread.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Does nothing. */
  ProgressListener NONE = (stage, done, total) -> {};

  /**
   * Reports progress.
   *
   * @param stage short name of the current stage, e.g. {@code "load"}
   * @param done units done so far
   * @param total units in all, or -1 when unknown
   */
  void update(String stage, long done, long total);
}
