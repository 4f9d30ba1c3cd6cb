package org.techsov.core.testing;

import java.io.File;

/**
 * Locates the shared reference data that tests read in place ({@code ../shared/data} beside the
 * project). A test that needs it fails, with this message, when it is missing: reference data is
 * never copied into the repository.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The {@code shared/data} folder, or an {@link AssertionError} saying where it was looked for.
   */
  public static File dir() {
    String configured = System.getProperty("techsov.shared.dir");
    File base = configured != null ? new File(configured) : new File("../shared");
    if (!new File(base, "data").isDirectory()) {
      // running from a module folder rather than the project root
      File up = new File(System.getProperty("user.dir")).getParentFile();
      while (up != null && !new File(up, "shared/data").isDirectory()) {
        up = up.getParentFile();
      }
      if (up == null) {
        throw new AssertionError(
            "shared reference data not found: expected ../shared/data beside the project"
                + " (looked at "
                + base.getAbsolutePath()
                + "); tests read it in place, it is not part of the repository");
      }
      base = new File(up, "shared");
    }
    return new File(base, "data");
  }

  /** A file below {@code shared/data}, which must exist. */
  public static File file(String relative) {
    File f = new File(dir(), relative);
    if (!f.exists()) {
      throw new AssertionError("shared reference file missing: " + f.getAbsolutePath());
    }
    return f;
  }
}
