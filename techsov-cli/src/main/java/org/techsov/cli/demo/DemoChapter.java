package org.techsov.cli.demo;

/**
 * One chapter of {@code techsov demo}: a short table with the numbers of one analysis on the
 * example world, and the command that reproduces it.
 */
public interface DemoChapter {
  /** The chapter's title, e.g. "Dependency: ...". */
  String title();

  /** Prints the chapter. */
  void run(DemoContext context);
}
