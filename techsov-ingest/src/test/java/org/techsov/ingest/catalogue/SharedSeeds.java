package org.techsov.ingest.catalogue;

import java.io.File;

/**
 * Locates the project's source articles ({@code ../shared/seeds} beside the project), which tests
 * read in place; they are never copied into the repository.
 */
final class SharedSeeds {
  private SharedSeeds() {}

  static File dir() {
    String configured = System.getProperty("techsov.shared.dir");
    File base = configured != null ? new File(configured) : new File("../shared");
    File up = new File(System.getProperty("user.dir"));
    while (!new File(base, "seeds").isDirectory() && up != null) {
      base = new File(up, "shared");
      up = up.getParentFile();
    }
    if (!new File(base, "seeds").isDirectory()) {
      throw new AssertionError(
          "shared seeds not found: expected ../shared/seeds beside the project");
    }
    return new File(base, "seeds");
  }
}
