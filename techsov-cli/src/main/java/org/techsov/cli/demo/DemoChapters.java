package org.techsov.cli.demo;

import java.util.List;

/** The demo's chapters, in the order they are told. */
public final class DemoChapters {
  private DemoChapters() {}

  public static List<DemoChapter> all() {
    return List.of(
        new DependencyChapter(), // 1
        new CircumventionChapter(), // 2
        new FeasibilityChapter(), // 3
        new LocalisationChapter(), // 4
        new EmbargoChapter(), // 5
        new ProgrammesChapter(), // 6
        new ScorecardChapter()); // 7
  }
}
