package org.techsov.ingest.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.techsov.core.bom.SourceLocation;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * A YAML value with the file, line and key it came from, so that every reader error can name them.
 * Maps keep their key order. Built by {@link YamlDocument}.
 */
public final class YamlNode {
  /** The shape of a node. */
  public enum Kind {
    MAP,
    LIST,
    SCALAR,
    NULL
  }

  private final String file;
  private final int line;
  private final String key;
  private final Kind kind;
  private final String text;
  private final Map<String, YamlNode> map;
  private final List<YamlNode> list;

  YamlNode(String file, int line, String key, Kind kind, String text) {
    this.file = file;
    this.line = line;
    this.key = key;
    this.kind = kind;
    this.text = text;
    this.map = kind == Kind.MAP ? new LinkedHashMap<>() : Map.of();
    this.list = kind == Kind.LIST ? new ArrayList<>() : List.of();
  }

  void put(String k, YamlNode value) {
    if (map.putIfAbsent(k, value) != null) {
      throw value.error("duplicate key");
    }
  }

  void add(YamlNode value) {
    list.add(value);
  }

  public int line() {
    return line;
  }

  public String file() {
    return file;
  }

  /** The key this node is the value of (for a list element, the list's key). */
  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  public SourceLocation location() {
    return new SourceLocation(file, line);
  }

  /** A data error naming this node's file, line and key. */
  public TechsovException error(String problem) {
    return error(ErrorCode.MALFORMED_FILE, problem);
  }

  public TechsovException error(ErrorCode code, String problem) {
    return new TechsovException(code, location().describe(key) + ": " + problem);
  }

  /** The entry {@code k} of this map, or {@code null} when absent or null. */
  public YamlNode get(String k) {
    YamlNode v = expect(Kind.MAP).map.get(k);
    return v == null || v.kind == Kind.NULL ? null : v;
  }

  public boolean has(String k) {
    return get(k) != null;
  }

  /** The entry {@code k}, or an error naming the key and the map's line. */
  public YamlNode require(String k) {
    YamlNode v = get(k);
    if (v == null) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE, location().describe(k) + ": missing (required)");
    }
    return v;
  }

  /** The keys of this map, in file order. */
  public List<String> keys() {
    return List.copyOf(expect(Kind.MAP).map.keySet());
  }

  /** Rejects keys other than {@code allowed}, to catch typos. */
  public YamlNode allowOnly(String... allowed) {
    Set<String> ok = Set.of(allowed);
    for (Map.Entry<String, YamlNode> e : expect(Kind.MAP).map.entrySet()) {
      if (!ok.contains(e.getKey())) {
        throw e.getValue().error("unknown key (expected one of " + Arrays.toString(allowed) + ")");
      }
    }
    return this;
  }

  /** This node's elements; a scalar counts as a one-element list. */
  public List<YamlNode> elements() {
    if (kind == Kind.SCALAR) {
      return List.of(this);
    }
    return List.copyOf(expect(Kind.LIST).list);
  }

  public List<YamlNode> list(String k) {
    YamlNode v = get(k);
    return v == null ? List.of() : v.elements();
  }

  public String text() {
    return expect(Kind.SCALAR).text.trim();
  }

  public String text(String k, String fallback) {
    YamlNode v = get(k);
    return v == null ? fallback : v.text();
  }

  public double number() {
    try {
      double d = Double.parseDouble(text());
      if (!Double.isFinite(d)) {
        throw error("not a finite number: '" + text + "'");
      }
      return d;
    } catch (NumberFormatException e) {
      throw error("not a number: '" + text + "'");
    }
  }

  public double number(String k, double fallback) {
    YamlNode v = get(k);
    return v == null ? fallback : v.number();
  }

  public boolean bool() {
    String t = text().toLowerCase(Locale.ROOT);
    if (t.equals("true") || t.equals("yes")) {
      return true;
    }
    if (t.equals("false") || t.equals("no")) {
      return false;
    }
    throw error("not a boolean: '" + text + "' (true or false)");
  }

  public boolean bool(String k, boolean fallback) {
    YamlNode v = get(k);
    return v == null ? fallback : v.bool();
  }

  public LocalDate date() {
    try {
      return LocalDate.parse(text());
    } catch (DateTimeParseException e) {
      throw error("not a date: '" + text + "' (expected YYYY-MM-DD)");
    }
  }

  public LocalDate date(String k) {
    YamlNode v = get(k);
    return v == null ? null : v.date();
  }

  private YamlNode expect(Kind wanted) {
    if (kind != wanted) {
      throw error(
          "expected a " + wanted.name().toLowerCase(Locale.ROOT) + ", found a " + describe());
    }
    return this;
  }

  private String describe() {
    return kind == Kind.SCALAR ? "value '" + text + "'" : kind.name().toLowerCase(Locale.ROOT);
  }
}
