package org.techsov.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.techsov.core.error.TechsovException;

/**
 * Validated query parameters. Every value is checked for length, characters and range before it
 * reaches an analysis, and each refusal names the parameter and the raw value.
 */
public final class Params {
  /** The longest single value accepted. */
  public static final int MAX_LENGTH = 200;

  private final Context ctx;

  public Params(Context ctx) {
    this.ctx = ctx;
  }

  /** Refuses parameters the endpoint does not know, naming the ones it does. */
  public Params allowOnly(Set<String> known) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw TechsovException.invalidArgument(
            "unknown parameter '" + clip(name) + "'; known parameters: " + new TreeSet<>(known));
      }
    }
    return this;
  }

  /** One value, if given; repeating it is an error. */
  public Optional<String> text(String name) {
    List<String> values = ctx.queryParams(name);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw TechsovException.invalidArgument("parameter '" + name + "' is given more than once");
    }
    return Optional.of(check(name, values.get(0)));
  }

  /** Values given comma-separated, repeated or both; at most {@code max} of them. */
  public List<String> list(String name, int max) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : check(name, v).split(",", -1)) {
        String p = part.trim();
        if (p.isEmpty()) {
          throw TechsovException.invalidArgument("parameter '" + name + "' has an empty value");
        }
        out.add(p);
      }
    }
    if (out.size() > max) {
      throw TechsovException.invalidArgument(
          "parameter '" + name + "' has " + out.size() + " values; at most " + max + " allowed");
    }
    return out;
  }

  /** An integer within {@code [min, max]}, if given. */
  public OptionalInt integer(String name, int min, int max) {
    Optional<String> t = text(name);
    if (t.isEmpty()) {
      return OptionalInt.empty();
    }
    String raw = t.get().trim();
    long v;
    try {
      if (raw.length() > 10) {
        throw new NumberFormatException();
      }
      v = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw TechsovException.invalidArgument(
          "parameter '" + name + "' must be a whole number, not '" + clip(raw) + "'");
    }
    if (v < min || v > max) {
      throw TechsovException.invalidArgument(
          "parameter '" + name + "' must lie within " + min + ".." + max + ", not " + v);
    }
    return OptionalInt.of((int) v);
  }

  /** A finite decimal number within {@code [min, max]}, {@code fallback} when absent. */
  public double decimal(String name, double min, double max, double fallback) {
    Optional<String> t = text(name);
    if (t.isEmpty()) {
      return fallback;
    }
    double v;
    try {
      v = Double.parseDouble(t.get().trim());
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!(v >= min && v <= max)) {
      throw TechsovException.invalidArgument(
          "parameter '"
              + name
              + "' must be a number within "
              + min
              + ".."
              + max
              + ", not '"
              + clip(t.get())
              + "'");
    }
    return v;
  }

  /** A boolean ({@code true}/{@code false}), {@code fallback} when absent. */
  public boolean bool(String name, boolean fallback) {
    Optional<String> t = text(name);
    if (t.isEmpty()) {
      return fallback;
    }
    return switch (t.get().trim()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw TechsovException.invalidArgument(
              "parameter '" + name + "' must be true or false, not '" + clip(t.get()) + "'");
    };
  }

  /** An ISO date ({@code 2024-01-01}), if given. */
  public Optional<LocalDate> date(String name) {
    return text(name)
        .map(
            t -> {
              try {
                return LocalDate.parse(t.trim());
              } catch (DateTimeParseException e) {
                throw TechsovException.invalidArgument(
                    "parameter '"
                        + name
                        + "' must be a date like 2024-01-01, not '"
                        + clip(t)
                        + "'");
              }
            });
  }

  /** One of {@code choices} (case-insensitive), {@code fallback} when absent. */
  public String choice(String name, List<String> choices, String fallback) {
    Optional<String> t = text(name);
    if (t.isEmpty()) {
      return fallback;
    }
    for (String c : choices) {
      if (c.equalsIgnoreCase(t.get().trim())) {
        return c;
      }
    }
    throw TechsovException.invalidArgument(
        "parameter '" + name + "' must be one of " + choices + ", not '" + clip(t.get()) + "'");
  }

  private static String check(String name, String value) {
    if (value.length() > MAX_LENGTH) {
      throw TechsovException.invalidArgument(
          "parameter '"
              + name
              + "' is "
              + value.length()
              + " characters long; at most "
              + MAX_LENGTH
              + " allowed");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw TechsovException.invalidArgument(
            "parameter '" + name + "' contains a control character at position " + i);
      }
    }
    return value;
  }

  /** A raw value cut short for messages. */
  public static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
