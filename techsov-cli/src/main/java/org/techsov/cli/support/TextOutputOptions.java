package org.techsov.cli.support;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --format table|csv|json} and {@code --out FILE} options of the text-output commands.
 */
public final class TextOutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FMT",
      defaultValue = "table",
      description = "table, csv or json (default ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path out;

  /** The format as given (table, csv or json). */
  public String format() {
    return format;
  }

  /** The file to write, or null for standard output. */
  public Path out() {
    return out;
  }
}
