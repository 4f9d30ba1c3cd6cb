package org.techsov.server.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical parameters of a request, in order, each with its API name, its command-line option
 * and its value: written back as the API address and the {@code techsov} command that give the same
 * figures, and used as the request's cache key.
 */
final class Reproduction {
  private record Option(String api, String cli, String value) {}

  private final String command;
  private final List<Option> options = new ArrayList<>();

  /**
   * @param command the command without options, e.g. {@code techsov circumvention}
   */
  Reproduction(String command) {
    this.command = command;
  }

  /** Adds a parameter; {@code cli} is the option without its dashes. */
  Reproduction put(String api, String cli, String value) {
    options.add(new Option(api, cli, value));
    return this;
  }

  /** Adds a parameter of the address that the command takes otherwise (see its extra words). */
  Reproduction putApiOnly(String api, String value) {
    options.add(new Option(api, null, value));
    return this;
  }

  /** The address under {@code path}, with {@code format} unless it is json. */
  String api(String path, String format) {
    StringBuilder sb = new StringBuilder(path);
    char sep = '?';
    for (Option o : options) {
      sb.append(sep).append(o.api()).append('=').append(encode(o.value()));
      sep = '&';
    }
    if (!format.equals("json")) {
      sb.append(sep).append("format=").append(format);
    }
    return sb.toString();
  }

  /** The command with its options and any {@code extra} words (e.g. {@code --format csv}). */
  String cli(String... extra) {
    StringBuilder sb = new StringBuilder(command);
    for (Option o : options) {
      if (o.cli() == null) {
        continue;
      }
      sb.append(" --").append(o.cli()).append(' ').append(quote(o.value()));
    }
    for (String e : extra) {
      sb.append(' ').append(e);
    }
    return sb.toString();
  }

  /** The three ways of getting the figures; {@code extra} goes to the command line. */
  DependencyResult.Reproduce reproduce(String path, String... extra) {
    return new DependencyResult.Reproduce(cli(extra), api(path, "json"), api(path, "csv"));
  }

  /** A key naming exactly these parameters. */
  String key(String path) {
    return api(path, "json");
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("%2C", ",")
        .replace("%3A", ":")
        .replace("+", "%20");
  }

  /** Quotes a value for a POSIX shell when it holds anything but plain characters. */
  static String quote(String value) {
    if (value.matches("[A-Za-z0-9_.,:@/=+-]+")) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
