package org.techsov.ingest.rows;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * A file's header: column positions by name (case-insensitive, byte-order mark ignored), with
 * aliases resolved to the canonical names the parsers use.
 */
public final class Header {
  private final String file;
  private final char separator;
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> exact = new HashMap<>();

  Header(String file, char separator, List<String> names) {
    this.file = file;
    this.separator = separator;
    this.names = List.copyOf(names);
    for (int i = 0; i < names.size(); i++) {
      index.putIfAbsent(normalise(names.get(i)), i);
    }
  }

  static String normalise(String name) {
    return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  int size() {
    return names.size();
  }

  char separator() {
    return separator;
  }

  public boolean has(String column) {
    return index.containsKey(normalise(column));
  }

  int index(String column) {
    Integer i = exact.get(column);
    if (i != null) {
      return i;
    }
    i = index.get(normalise(column));
    if (i == null) {
      throw new IllegalStateException("column " + column + " was not resolved");
    }
    exact.put(column, i);
    return i;
  }

  /**
   * Names {@code canonical} the first of the aliases the header has; the canonical name then reads
   * that column.
   *
   * @return true if one was found
   */
  public boolean alias(String canonical, String... aliases) {
    for (String a : aliases) {
      Integer i = index.get(normalise(a));
      if (i != null) {
        index.put(normalise(canonical), i);
        exact.remove(canonical);
        return true;
      }
    }
    return false;
  }

  /** As {@link #alias}, but a missing column is an error naming the file and the header. */
  public void require(String canonical, String... aliases) {
    if (!alias(canonical, aliases)) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE,
          file
              + " line 1: missing column "
              + String.join(" or ", aliases)
              + "; the header has "
              + names);
    }
  }
}
