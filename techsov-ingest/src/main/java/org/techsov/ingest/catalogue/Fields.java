package org.techsov.ingest.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.ReportedDate;

/**
 * Typed access to the fields of one YAML mapping. Every error names the file, the line, the item
 * ({@code where}, e.g. {@code programmes[1].series[2]}) and the field.
 */
final class Fields {
  private final YamlNode.Mapping node;
  private final String file;
  private final String where;

  Fields(YamlNode node, String file, String where) {
    if (!(node instanceof YamlNode.Mapping m)) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE,
          file
              + ":"
              + node.line()
              + ": "
              + where
              + ": expected a mapping of fields, found "
              + node.kind());
    }
    this.node = m;
    this.file = file;
    this.where = where;
  }

  String where() {
    return where;
  }

  Location location() {
    return new Location(file, node.line());
  }

  boolean has(String key) {
    YamlNode v = node.entries().get(key);
    return v != null && !(v instanceof YamlNode.Scalar s && s.text() == null);
  }

  /** Fails on a field not in {@code allowed}: a misspelt field must not be silently ignored. */
  void allowOnly(Set<String> allowed) {
    for (String key : node.entries().keySet()) {
      if (!allowed.contains(key)) {
        throw error(
            key,
            node.keyLines().get(key),
            "unknown field; expected one of " + new TreeSet<>(allowed));
      }
    }
  }

  String text(String key) {
    String s = optionalText(key);
    if (s == null) {
      throw error(key, node.line(), "missing");
    }
    return s;
  }

  String optionalText(String key) {
    YamlNode v = node.entries().get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof YamlNode.Scalar s)) {
      throw error(key, v.line(), "expected a single value, found " + v.kind());
    }
    // YAML already strips plain scalars; a quoted string keeps its spaces, as written
    return s.text() == null || s.text().isBlank() ? null : s.text();
  }

  double number(String key) {
    String s = text(key);
    try {
      double d = Double.parseDouble(s);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the field
    }
    throw error(key, lineOf(key), "expected a number, got '" + s + "'");
  }

  double optionalNumber(String key) {
    return has(key) ? number(key) : Double.NaN;
  }

  int integer(String key) {
    double d = number(key);
    if (d != Math.rint(d)) {
      throw error(key, lineOf(key), "expected a whole number, got '" + text(key) + "'");
    }
    return (int) d;
  }

  ReportedDate optionalDate(String key) {
    String s = optionalText(key);
    if (s == null) {
      return null;
    }
    try {
      return ReportedDate.parse(s);
    } catch (TechsovException e) {
      throw error(key, lineOf(key), e.getMessage());
    }
  }

  ReportedDate date(String key) {
    text(key);
    return optionalDate(key);
  }

  /** A keyword such as {@code at-least}, as the matching constant {@code AT_LEAST}. */
  <E extends Enum<E>> E keyword(String key, Class<E> type, E fallback) {
    String s = optionalText(key);
    if (s == null) {
      if (fallback == null) {
        throw error(key, node.line(), "missing");
      }
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (Writing.keyword(e).equals(s.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    List<String> options = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      options.add(Writing.keyword(e));
    }
    throw error(key, lineOf(key), "expected one of " + options + ", got '" + s + "'");
  }

  /** A list of single values; absent means empty. */
  List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    for (YamlNode item : items(key)) {
      if (!(item instanceof YamlNode.Scalar s) || s.text() == null) {
        throw error(key, item.line(), "expected a list of single values");
      }
      out.add(s.text());
    }
    return out;
  }

  /** A list of mappings; absent means empty. */
  List<Fields> list(String key) {
    List<Fields> out = new ArrayList<>();
    List<YamlNode> items = items(key);
    for (int i = 0; i < items.size(); i++) {
      out.add(new Fields(items.get(i), file, where(key) + "[" + (i + 1) + "]"));
    }
    return out;
  }

  /** A nested mapping, or null when absent. */
  Fields mapping(String key) {
    YamlNode v = node.entries().get(key);
    return v == null || (v instanceof YamlNode.Scalar s && s.text() == null)
        ? null
        : new Fields(v, file, where(key));
  }

  TechsovException error(String key, Integer line, String message) {
    return new TechsovException(
        ErrorCode.MALFORMED_FILE,
        file
            + ":"
            + (line == null ? node.line() : line)
            + ": "
            + where
            + ", field '"
            + key
            + "': "
            + message);
  }

  private List<YamlNode> items(String key) {
    YamlNode v = node.entries().get(key);
    if (v == null || (v instanceof YamlNode.Scalar s && s.text() == null)) {
      return List.of();
    }
    if (!(v instanceof YamlNode.Sequence seq)) {
      throw error(key, v.line(), "expected a list, found " + v.kind());
    }
    return seq.items();
  }

  private int lineOf(String key) {
    YamlNode v = node.entries().get(key);
    return v == null ? node.line() : v.line();
  }

  private String where(String key) {
    return where.isEmpty() ? key : where + "." + key;
  }
}
