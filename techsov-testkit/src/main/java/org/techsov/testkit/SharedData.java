package org.techsov.testkit;

import java.io.File;
import java.nio.file.Path;

/**
 * Locates the shared reference data ({@code ../shared/data} beside the project) that tests read in
 * place. A test needing it fails with this message when it is missing: reference data is never
 * copied into the repository.
 */
public final class SharedData {
  private SharedData() {}

  public static Path dir() {
    String configured = System.getProperty("techsov.shared.dir");
    File base = configured != null ? new File(configured) : new File("../shared");
    if (new File(base, "data").isDirectory()) {
      return new File(base, "data").toPath();
    }
    for (File up = new File(System.getProperty("user.dir")); up != null; up = up.getParentFile()) {
      if (new File(up, "shared/data").isDirectory()) {
        return new File(up, "shared/data").toPath();
      }
    }
    throw new AssertionError(
        "shared reference data not found: expected ../shared/data beside the project (looked at "
            + base.getAbsolutePath()
            + "); tests read it in place, it is not part of the repository");
  }

  public static Path file(String relative) {
    Path p = dir().resolve(relative);
    if (!p.toFile().exists()) {
      throw new AssertionError("shared reference file missing: " + p.toAbsolutePath());
    }
    return p;
  }
}
