package org.techsov.core.access;

import java.util.Locale;
import org.techsov.core.error.TechsovException;

/**
 * What the holder of an API token may do. Roles are ordered: each includes the rights of those
 * before it.
 */
public enum Role {
  /** Reads analyses, reference data and imports (what anyone may do without a token). */
  VIEWER,
  /** Also starts jobs: ingests, exports. */
  ANALYST,
  /** Also manages tokens. */
  ADMIN;

  /** True if this role has at least the rights of {@code other}. */
  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }

  /** Parses a role written in any case, e.g. {@code analyst}. */
  public static Role parse(String text) {
    if (text != null) {
      for (Role r : values()) {
        if (r.name().equalsIgnoreCase(text.trim())) {
          return r;
        }
      }
    }
    throw TechsovException.invalidArgument(
        "unknown role '" + text + "' (use viewer, analyst or admin)");
  }

  /** The lower-case name used on the command line and in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
