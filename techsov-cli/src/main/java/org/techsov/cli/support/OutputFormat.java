package org.techsov.cli.support;

import java.util.Locale;
import org.techsov.core.error.TechsovException;

/** The text formats of commands that print a report: a table to read, CSV or JSON to process. */
public enum OutputFormat {
  TABLE,
  CSV,
  JSON;

  /** Parses {@code table}, {@code csv} or {@code json} in any case; otherwise a user error. */
  public static OutputFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw unknown(text);
    }
  }

  /** The user error for a format that is not {@code table}, {@code csv} or {@code json}. */
  public static TechsovException unknown(String text) {
    return TechsovException.invalidArgument(
        "unknown format '" + text + "' (use table, csv or json)");
  }
}
