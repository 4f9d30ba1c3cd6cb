package org.techsov.cli.demo;

/**
 * One chapter of {@code techsov demo}: a short table with the numbers of one analysis on the
 * example world, and the command that reproduces it.
 */
public interface DemoChapter {
  /**
   * The chapter's fixed place in the story (PRODUCT.md): 1 dependency, 2 circumvention, 3
   * feasibility, 4 localisation, 5 embargo, 6 programmes, 7 scorecard.
   */
  int number();

  /** The chapter's title, e.g. "Dependency: ...". */
  String title();

  /** Prints the chapter. */
  void run(DemoContext context);
}
