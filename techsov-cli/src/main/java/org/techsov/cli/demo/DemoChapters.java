package org.techsov.cli.demo;

import java.util.List;

/** The demo's chapters, in the order they are told. */
public final class DemoChapters {
  private DemoChapters() {}

  public static List<DemoChapter> all() {
    return List.of(new DependencyChapter(), new CircumventionChapter());
  }
}
